import { toErrorInfo } from '../call/errors';
import type { ErrorInfo } from '../call/types';
import { hashBlob, type HashTools } from './hash';
import { toHex } from './sha256';
import {
  chunkLimit,
  chunkPrefix,
  encodeChunk,
  encodeControl,
  protocolVersion,
  type CancelCode,
  type TransferKind,
} from './protocol';

/** The part of an RTCDataChannel a transfer uses; the page passes a real channel, tests a fake. */
export interface TransferChannel extends EventTarget {
  readonly readyState: RTCDataChannelState;
  readonly bufferedAmount: number;
  bufferedAmountLowThreshold: number;
  binaryType: BinaryType;
  send(data: string | ArrayBuffer): void;
}

/** What to send: the bytes and what the header says about them. */
export interface Outgoing {
  readonly blob: Blob;
  readonly kind: TransferKind;
  readonly name: string;
  /** The MIME type; '' when unknown. */
  readonly mime: string;
  readonly width?: number;
  readonly height?: number;
}

/** Where a sender is: hashing the file, handing chunks over, or waiting for the receiver's verdict. */
export type SendPhase = 'hashing' | 'sending' | 'waiting';

/** Progress of one outgoing transfer: bytes handed to the channel and bytes that left its buffer. */
export interface SendProgress {
  readonly id: number;
  readonly phase: SendPhase;
  readonly handed: number;
  /** Handed over minus what still waits in the channel's buffer: what has left this side. */
  readonly onWire: number;
  readonly total: number;
  readonly chunks: number;
  /** Milliseconds since the header went out (0 while hashing). */
  readonly ms: number;
}

/** How an outgoing transfer ended, from the sender's side. */
export type SendResult =
  | {
      readonly outcome: 'delivered';
      readonly id: number;
      readonly bytes: number;
      readonly chunks: number;
      readonly ms: number;
      readonly chunkBytes: number;
    }
  | {
      readonly outcome: 'cancelled';
      readonly id: number;
      readonly code: CancelCode;
      readonly by: 'sender' | 'receiver';
      readonly bytes: number;
    }
  | { readonly outcome: 'cut-off'; readonly id: number; readonly bytes: number }
  | { readonly outcome: 'error'; readonly id: number; readonly error: ErrorInfo; readonly bytes: number }
  | { readonly outcome: 'refused'; readonly code: SendRefusal };

/** Why a send did not start. */
export type SendRefusal = 'not-open' | 'busy' | 'empty-name' | 'too-large';

/** Pause above 1 MiB buffered, resume at 256 KiB: chapter 6's thresholds, far below Chromium's 16 MiB queue. */
export const backpressure = { highWater: 1024 * 1024, lowWater: 256 * 1024 };
/** How much of the file is read at a time: memory on this side stays near this plus the channel's buffer. */
export const readWindow = 1024 * 1024;

/** What a sender needs besides the channel. */
export interface SendTools extends HashTools {
  readonly now: () => number;
  /** `pc.sctp.maxMessageSize` of the connection, or null when unknown. */
  readonly maxMessageSize: number | null;
  /** Aborted when this side cancels. */
  readonly signal: AbortSignal;
  /** Aborted with a CancelCode as its reason when the receiver cancels or refuses. */
  readonly remote: AbortSignal;
  /** Resolves when the receiver acknowledges every byte with a matching hash. */
  readonly acked: Promise<void>;
  readonly onProgress?: (progress: SendProgress) => void;
}

type Stop =
  { readonly why: 'local' } | { readonly why: 'remote'; readonly code: CancelCode } | { readonly why: 'closed' };

/** The reason to abort a send's `signal` with when the call itself ends: the send is cut off, not cancelled. */
export const hangUpReason = 'hang-up';

/**
 * Sends one transfer: hashes the Blob, sends the header, then reads the Blob a window at a time and sends it in
 * chunks, pausing whenever the channel's buffer passes the high-water mark until `bufferedamountlow`, so memory
 * stays bounded however large the file. Sends `end`, then waits for the receiver's `ack` or `cancel`.
 */
export async function sendTransfer(
  channel: TransferChannel,
  id: number,
  outgoing: Outgoing,
  tools: SendTools,
): Promise<SendResult> {
  const { blob } = outgoing;
  const limit = chunkLimit(tools.maxMessageSize) - chunkPrefix;
  let handed = 0;
  let chunks = 0;
  let started = tools.now();
  const progress = (phase: SendPhase) =>
    tools.onProgress?.({
      id,
      phase,
      handed,
      onWire: Math.max(0, handed - channel.bufferedAmount),
      total: blob.size,
      chunks,
      ms: phase === 'hashing' ? 0 : tools.now() - started,
    });
  const stopped = (): Stop | null => {
    if (tools.signal.aborted) return { why: 'local' };
    if (tools.remote.aborted) return { why: 'remote', code: tools.remote.reason as CancelCode };
    return channel.readyState === 'open' ? null : { why: 'closed' };
  };
  const end = (stop: Stop, headerSent: boolean): SendResult => {
    const hungUp = stop.why === 'local' && tools.signal.reason === hangUpReason;
    if (stop.why === 'closed' || hungUp) return { outcome: 'cut-off', id, bytes: handed };
    if (stop.why === 'remote') return { outcome: 'cancelled', id, code: stop.code, by: 'receiver', bytes: handed };
    if (headerSent && channel.readyState === 'open') {
      channel.send(encodeControl({ v: protocolVersion, type: 'cancel', id, from: 'sender', code: 'sender-cancelled' }));
    }
    return { outcome: 'cancelled', id, code: 'sender-cancelled', by: 'sender', bytes: handed };
  };

  try {
    progress('hashing');
    // A whole number of chunks per window, so no window ends in a runt chunk.
    const span = limit * Math.max(1, Math.floor(readWindow / limit));
    // A file of one window or less (every photo) is read once, for the hash and for sending.
    let first: Uint8Array<ArrayBuffer> | null = null;
    let sha256: string;
    try {
      if (blob.size <= span) {
        first = new Uint8Array(await blob.arrayBuffer());
        sha256 = toHex(new Uint8Array(await tools.digest(first.buffer)));
      } else {
        sha256 = await hashBlob(blob, tools, tools.signal);
      }
    } catch (thrown) {
      if (tools.signal.aborted) return end({ why: 'local' }, false);
      throw thrown;
    }
    const before = stopped();
    if (before) return end(before, false);
    const { kind, name, mime, width, height } = outgoing;
    const dims = kind === 'photo' && width !== undefined && height !== undefined ? { width, height } : {};
    channel.send(
      encodeControl({ v: protocolVersion, type: 'header', id, kind, name, mime, size: blob.size, sha256, ...dims }),
    );
    started = tools.now();
    channel.bufferedAmountLowThreshold = backpressure.lowWater;
    let next = first ? Promise.resolve(first) : read(blob, 0, span);
    for (let at = 0; at < blob.size; at += span) {
      const window = await next;
      // Read the next window while this one is sent and the buffer drains.
      next = at + span < blob.size ? read(blob, at + span, span) : Promise.resolve(new Uint8Array(0));
      for (let offset = 0; offset < window.length; offset += limit) {
        if (channel.bufferedAmount > backpressure.highWater) {
          progress('sending');
          await drained(channel, tools);
        }
        const stop = stopped();
        if (stop) {
          void next.catch(() => undefined);
          return end(stop, true);
        }
        const payload = window.subarray(offset, offset + limit);
        channel.send(encodeChunk(id, payload));
        handed += payload.length;
        chunks++;
      }
      progress('sending');
    }
    const stop = stopped();
    if (stop) return end(stop, true);
    channel.send(encodeControl({ v: protocolVersion, type: 'end', id }));
    progress('waiting');
    const verdict = await answered(channel, tools);
    if (verdict !== 'acked') return end(verdict, true);
    progress('waiting');
    return {
      outcome: 'delivered',
      id,
      bytes: handed,
      chunks,
      ms: tools.now() - started,
      chunkBytes: limit + chunkPrefix,
    };
  } catch (thrown) {
    return { outcome: 'error', id, error: toErrorInfo(thrown), bytes: handed };
  }
}

function read(blob: Blob, at: number, span: number): Promise<Uint8Array> {
  return blob
    .slice(at, at + span)
    .arrayBuffer()
    .then((buffer) => new Uint8Array(buffer));
}

/** Resolves when the buffer drains below the low-water mark, the channel closes, or either side cancels. */
function drained(channel: TransferChannel, tools: SendTools): Promise<void> {
  return waitFor(channel, tools, (done) => {
    channel.addEventListener('bufferedamountlow', done);
    return () => channel.removeEventListener('bufferedamountlow', done);
  }).then(() => undefined);
}

/** Resolves with 'acked', or with why the wait ended otherwise. */
function answered(channel: TransferChannel, tools: SendTools): Promise<'acked' | Stop> {
  return waitFor(channel, tools, (done) => {
    let live = true;
    void tools.acked.then(() => live && done());
    return () => {
      live = false;
    };
  }).then((stop) => stop ?? 'acked');
}

/** Waits for `arm`'s event, or a cancel on either side, or the channel's close; resolves with the stop, if any. */
function waitFor(
  channel: TransferChannel,
  tools: SendTools,
  arm: (done: () => void) => () => void,
): Promise<Stop | null> {
  return new Promise((resolve) => {
    const finish = (stop: Stop | null) => {
      disarm();
      channel.removeEventListener('close', onClose);
      tools.signal.removeEventListener('abort', onLocal);
      tools.remote.removeEventListener('abort', onRemote);
      resolve(stop);
    };
    const onClose = () => finish({ why: 'closed' });
    const onLocal = () => finish({ why: 'local' });
    const onRemote = () => finish({ why: 'remote', code: tools.remote.reason as CancelCode });
    const disarm = arm(() => finish(null));
    channel.addEventListener('close', onClose);
    tools.signal.addEventListener('abort', onLocal);
    tools.remote.addEventListener('abort', onRemote);
    if (tools.signal.aborted) onLocal();
    else if (tools.remote.aborted) onRemote();
    else if (channel.readyState !== 'open') onClose();
  });
}
