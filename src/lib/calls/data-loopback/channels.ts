import type { ErrorInfo, PeerId } from '../../call/types';
import { hexPreview, messageBytes } from '../../channel/bytes';

/** One message in a side's log: never replaced by the next one. */
export interface LogEntry {
  readonly seq: number;
  readonly direction: 'sent' | 'received';
  /** Milliseconds on the call's clock. */
  readonly at: number;
  readonly kind: 'text' | 'binary';
  readonly size: number;
  /** The text (cut to `previewChars`), or the first bytes as hex. */
  readonly preview: string;
  /** Characters or bytes left out of the preview. */
  readonly more: number;
}

/** What a side's end of the channel says about itself, read from the RTCDataChannel. */
export interface ChannelReadout {
  readonly readyState: RTCDataChannelState;
  readonly bufferedAmount: number;
  readonly bufferedAmountLowThreshold: number;
  readonly binaryType: BinaryType;
  readonly label: string;
  readonly id: number | null;
  readonly ordered: boolean;
  readonly protocol: string;
  readonly negotiated: boolean;
  readonly maxRetransmits: number | null;
  readonly maxPacketLifeTime: number | null;
}

/** What the tracker reports, as data, for the page and the quick path's trace. */
export type ChannelEvent =
  | { readonly type: 'channel-state'; readonly peer: PeerId; readonly state: RTCDataChannelState; readonly at: number }
  | { readonly type: 'channel-message'; readonly peer: PeerId; readonly entry: LogEntry }
  | { readonly type: 'channel-error'; readonly peer: PeerId; readonly error: ErrorInfo; readonly at: number };

/** A log keeps this many entries; older ones are counted, not shown. */
export const maxLogEntries = 500;
const previewChars = 120;

interface End {
  readonly channel: RTCDataChannel;
  readonly trail: RTCDataChannelState[];
  readonly log: LogEntry[];
  dropped: number;
}

/** Reads an end's properties as plain data. */
export function readout(channel: RTCDataChannel): ChannelReadout {
  return {
    readyState: channel.readyState,
    bufferedAmount: channel.bufferedAmount,
    bufferedAmountLowThreshold: channel.bufferedAmountLowThreshold,
    binaryType: channel.binaryType,
    label: channel.label,
    id: channel.id,
    ordered: channel.ordered,
    protocol: channel.protocol,
    negotiated: channel.negotiated,
    maxRetransmits: channel.maxRetransmits,
    maxPacketLifeTime: channel.maxPacketLifeTime,
  };
}

/**
 * Follows both ends of the call's data channel: each end's readyState trail, and a log of every message it sent or
 * received. A transfer can mute the logs (`quiet`) so thousands of chunks do not flood them.
 */
export class ChannelTracker {
  #ends: Partial<Record<PeerId, End>> = {};
  #seq = 0;
  #listeners = new Set<(event: ChannelEvent) => void>();
  #changes = new Set<() => void>();
  /** While true, messages are not logged (a transfer experiment counts them itself). */
  quiet = false;

  constructor(private readonly now: () => number) {}

  /** Follows a new end; a new end for Alice starts a new call, so both sides' trails and logs start anew. */
  watch(peer: PeerId, channel: RTCDataChannel): void {
    if (this.#ends[peer]?.channel === channel) return;
    if (peer === 'local') this.#ends = {};
    const end: End = { channel, trail: [], log: [], dropped: 0 };
    this.#ends[peer] = end;
    const current = () => this.#ends[peer] === end;
    const sample = () => {
      if (current()) this.#record(peer, end);
    };
    for (const type of ['open', 'closing', 'close', 'bufferedamountlow']) channel.addEventListener(type, sample);
    channel.addEventListener('error', (event) => {
      if (!current()) return;
      const error = (event as Event & { error?: { name?: string; message?: string } }).error;
      this.#emit({
        type: 'channel-error',
        peer,
        error: { name: error?.name ?? 'Error', message: error?.message ?? '' },
        at: this.now(),
      });
    });
    channel.addEventListener('message', (event) => {
      if (current()) this.log(peer, 'received', (event as MessageEvent<string | ArrayBuffer>).data);
    });
    this.#record(peer, end);
  }

  /** The live channel of a side, if any. */
  channel(peer: PeerId): RTCDataChannel | null {
    return this.#ends[peer]?.channel ?? null;
  }

  /** Each side's readyState trail. */
  trail(peer: PeerId): readonly RTCDataChannelState[] {
    return this.#ends[peer]?.trail ?? [];
  }

  /** A side's messages, oldest first, and how many older ones were left out. */
  entries(peer: PeerId): { readonly entries: readonly LogEntry[]; readonly dropped: number } {
    const end = this.#ends[peer];
    return { entries: end?.log ?? [], dropped: end?.dropped ?? 0 };
  }

  /** Adds a message that `peer` sent or received to its log (unless a transfer keeps the logs quiet). */
  log(peer: PeerId, direction: LogEntry['direction'], data: string | ArrayBuffer | ArrayBufferView): void {
    const end = this.#ends[peer];
    if (!end || this.quiet) return;
    const entry = toEntry(++this.#seq, direction, this.now(), data);
    end.log.push(entry);
    if (end.log.length > maxLogEntries) {
      end.log.shift();
      end.dropped++;
    }
    this.#emit({ type: 'channel-message', peer, entry });
  }

  /** Reads every end's readyState again: `close()` on a peer connection changes them without firing events. */
  settle(): void {
    for (const peer of ['local', 'remote'] as const) {
      const end = this.#ends[peer];
      if (end) this.#record(peer, end);
    }
  }

  /** Calls `listener` with every channel event; returns the unsubscribe function. */
  subscribe(listener: (event: ChannelEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls `listener` after anything the channel views show has changed. */
  onChange(listener: () => void): () => void {
    this.#changes.add(listener);
    return () => this.#changes.delete(listener);
  }

  /** Something a view shows changed without an event of its own (a send, a buffer reading). */
  changed(): void {
    for (const listener of this.#changes) listener();
  }

  #record(peer: PeerId, end: End): void {
    const state = end.channel.readyState;
    if (end.trail.at(-1) !== state) {
      end.trail.push(state);
      this.#emit({ type: 'channel-state', peer, state, at: this.now() });
    } else {
      this.changed();
    }
  }

  #emit(event: ChannelEvent): void {
    for (const listener of this.#listeners) listener(event);
    this.changed();
  }
}

function toEntry(
  seq: number,
  direction: LogEntry['direction'],
  at: number,
  data: string | ArrayBuffer | ArrayBufferView,
): LogEntry {
  if (typeof data === 'string') {
    return {
      seq,
      direction,
      at,
      kind: 'text',
      size: messageBytes(data),
      preview: data.slice(0, previewChars),
      more: Math.max(0, data.length - previewChars),
    };
  }
  const bytes =
    data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const { hex, more } = hexPreview(bytes);
  return { seq, direction, at, kind: 'binary', size: bytes.byteLength, preview: hex, more };
}
