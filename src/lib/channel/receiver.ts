import { chunkSeq } from './chunks';

/** What arrived of a numbered transfer: counts, bytes, and whether the chunks came in the order they were sent. */
export interface Arrival {
  readonly count: number;
  readonly bytes: number;
  readonly inOrder: boolean;
  /** The first chunk that came after a higher-numbered one, or null. */
  readonly firstOutOfOrder: number | null;
  /** Arrival time of each chunk (ms on the injected clock), in arrival order, with its number. */
  readonly times: readonly { readonly seq: number; readonly at: number }[];
}

/** Counts a numbered transfer as it arrives; `keepTimes` records each chunk's number and arrival time. */
export class ArrivalCounter {
  #count = 0;
  #bytes = 0;
  #last = -1;
  #firstOutOfOrder: number | null = null;
  #times: { seq: number; at: number }[] = [];

  constructor(
    private readonly now: () => number,
    private readonly keepTimes = false,
  ) {}

  /** One message arrived. Strings count as bytes of their UTF-8 length and carry no number. */
  add(data: ArrayBuffer | string): void {
    this.#count++;
    this.#bytes += typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.byteLength;
    const seq = typeof data === 'string' ? null : chunkSeq(data);
    if (seq === null) return;
    if (seq < this.#last && this.#firstOutOfOrder === null) this.#firstOutOfOrder = seq;
    this.#last = Math.max(this.#last, seq);
    if (this.keepTimes) this.#times.push({ seq, at: this.now() });
  }

  get count(): number {
    return this.#count;
  }

  get bytes(): number {
    return this.#bytes;
  }

  result(): Arrival {
    return {
      count: this.#count,
      bytes: this.#bytes,
      inOrder: this.#firstOutOfOrder === null,
      firstOutOfOrder: this.#firstOutOfOrder,
      times: [...this.#times],
    };
  }
}
