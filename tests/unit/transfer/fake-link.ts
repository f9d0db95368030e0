import type { TransferChannel } from '../../../src/lib/transfer/sender';

const domError = (name: string, message: string) => Object.assign(new Error(message), { name });

/**
 * One end of a fake data channel link that behaves like Chromium's where a transfer cares: send() throws when not
 * open, past maxMessageSize (TypeError) and past a 16 MiB queue (OperationError); queued bytes drain `rate` bytes per
 * timer tick, arrive in order at the partner as copies, and fire `bufferedamountlow` when crossing the threshold.
 */
export class FakeEnd extends EventTarget implements TransferChannel {
  readyState: RTCDataChannelState = 'open';
  bufferedAmount = 0;
  bufferedAmountLowThreshold = 0;
  binaryType: BinaryType = 'blob';
  partner: FakeEnd | null = null;
  /** The largest bufferedAmount seen and the largest message sent. */
  peakBuffered = 0;
  largestMessage = 0;
  readonly sentControls: string[] = [];
  #queue: (string | ArrayBuffer)[] = [];
  #pumping = false;

  constructor(private readonly rate = 512 * 1024) {
    super();
  }

  send(data: string | ArrayBuffer): void {
    if (this.readyState !== 'open') throw domError('InvalidStateError', "RTCDataChannel.readyState is not 'open'");
    const size = typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.byteLength;
    if (size > 262144) throw domError('TypeError', 'Max message size exceeded.');
    if (this.bufferedAmount + size > 16 * 1024 * 1024) throw domError('OperationError', 'send queue is full');
    if (typeof data === 'string') this.sentControls.push(data);
    this.largestMessage = Math.max(this.largestMessage, size);
    this.bufferedAmount += size;
    this.peakBuffered = Math.max(this.peakBuffered, this.bufferedAmount);
    this.#queue.push(typeof data === 'string' ? data : data.slice(0));
    this.#pump();
  }

  close(): void {
    for (const end of [this, this.partner]) {
      if (!end || end.readyState === 'closed') continue;
      end.readyState = 'closed';
      end.#queue = [];
      end.bufferedAmount = 0;
      setTimeout(() => end.dispatchEvent(new Event('close')), 0);
    }
  }

  #pump(): void {
    if (this.#pumping) return;
    this.#pumping = true;
    setTimeout(() => {
      this.#pumping = false;
      let budget = this.rate;
      while (budget > 0 && this.#queue.length > 0 && this.readyState === 'open') {
        const data = this.#queue.shift()!;
        const size = typeof data === 'string' ? new TextEncoder().encode(data).byteLength : data.byteLength;
        budget -= size;
        const before = this.bufferedAmount;
        this.bufferedAmount -= size;
        this.partner?.dispatchEvent(Object.assign(new Event('message'), { data }));
        if (before > this.bufferedAmountLowThreshold && this.bufferedAmount <= this.bufferedAmountLowThreshold) {
          this.dispatchEvent(new Event('bufferedamountlow'));
        }
      }
      if (this.#queue.length > 0) this.#pump();
    }, 0);
  }
}

/** Two linked ends, both open. */
export function fakeLink(rate?: number): { a: FakeEnd; b: FakeEnd } {
  const a = new FakeEnd(rate);
  const b = new FakeEnd(rate);
  a.partner = b;
  b.partner = a;
  return { a, b };
}

/** Bytes that differ at every position, so a lost or reordered chunk changes the hash. */
export function patterned(size: number, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}
