import { toErrorInfo } from '../call/errors';
import type { ErrorInfo } from '../call/types';
import { makeChunk } from './chunks';

/** The part of an RTCDataChannel a sender uses; the page passes a real channel, tests a fake. */
export interface SendChannel extends EventTarget {
  readonly readyState: RTCDataChannelState;
  readonly bufferedAmount: number;
  bufferedAmountLowThreshold: number;
  send(data: ArrayBuffer): void;
}

/** One sample of the send buffer: when (ms since the transfer began) and how many bytes waited in it. */
export interface BufferSample {
  readonly t: number;
  readonly bytes: number;
}

/** How a transfer ended: `done`, the browser refused a send (`error`), the channel closed, or it was stopped. */
export type SendOutcome = 'done' | 'error' | 'closed' | 'stopped';

/** What a transfer did, as data. */
export interface SendReport {
  readonly outcome: SendOutcome;
  readonly chunks: number;
  readonly bytes: number;
  readonly ms: number;
  readonly error: ErrorInfo | null;
  /** bufferedAmount when the browser refused, or at the end. */
  readonly bufferedAtEnd: number;
  readonly peakBuffered: number;
  readonly samples: readonly BufferSample[];
  /** How many times the sender paused for `bufferedamountlow`. */
  readonly pauses: number;
}

/** What a sender needs besides the channel: the chunk sizes, a clock and a way to stop it. */
export interface SendJob {
  readonly sizes: readonly number[];
  readonly now: () => number;
  readonly signal?: AbortSignal;
  /** Called after each chunk (or pause) with the bytes handed over so far. */
  readonly onProgress?: (bytes: number) => void;
}

/** Keeps at most this many buffer samples, evenly thinned, so a 64 MiB transfer's graph stays small. */
const maxSamples = 400;

class Recorder {
  samples: BufferSample[] = [];
  peak = 0;
  #every = 1;
  #seen = 0;
  constructor(private readonly started: number) {}
  sample(at: number, bytes: number): void {
    this.peak = Math.max(this.peak, bytes);
    if (this.#seen++ % this.#every !== 0) return;
    this.samples.push({ t: at - this.started, bytes });
    if (this.samples.length >= maxSamples) {
      this.samples = this.samples.filter((_, i) => i % 2 === 0);
      this.#every *= 2;
    }
  }
}

function report(
  outcome: SendOutcome,
  channel: SendChannel,
  job: SendJob,
  started: number,
  done: { chunks: number; bytes: number; pauses: number },
  recorder: Recorder,
  error: ErrorInfo | null = null,
): SendReport {
  return {
    outcome,
    ...done,
    ms: job.now() - started,
    error,
    bufferedAtEnd: channel.bufferedAmount,
    peakBuffered: recorder.peak,
    samples: recorder.samples,
  };
}

/**
 * Sends every chunk at once, without looking at the buffer: the browser queues them until its send queue is full,
 * then `send()` throws (Chromium: OperationError at 16 MiB). The channel stays open; the report says where it stopped.
 */
export function sendBlind(channel: SendChannel, job: SendJob): SendReport {
  const started = job.now();
  const recorder = new Recorder(started);
  const done = { chunks: 0, bytes: 0, pauses: 0 };
  for (const [seq, size] of job.sizes.entries()) {
    if (job.signal?.aborted) return report('stopped', channel, job, started, done, recorder);
    if (channel.readyState !== 'open') return report('closed', channel, job, started, done, recorder);
    try {
      channel.send(makeChunk(seq, size));
    } catch (thrown) {
      recorder.sample(job.now(), channel.bufferedAmount);
      return report('error', channel, job, started, done, recorder, toErrorInfo(thrown));
    }
    done.chunks++;
    done.bytes += size;
    recorder.sample(job.now(), channel.bufferedAmount);
  }
  job.onProgress?.(done.bytes);
  return report('done', channel, job, started, done, recorder);
}

/** The backpressure settings: pause above `highWater` bytes buffered, resume when the buffer drains to `lowWater`. */
export interface Backpressure {
  readonly highWater: number;
  readonly lowWater: number;
}

/**
 * Sends the chunks while the send buffer holds less than `highWater` bytes; above it, sets
 * `bufferedAmountLowThreshold` to `lowWater` and waits for `bufferedamountlow` before sending on.
 */
export async function sendWithBackpressure(
  channel: SendChannel,
  job: SendJob,
  { highWater, lowWater }: Backpressure,
): Promise<SendReport> {
  const started = job.now();
  const recorder = new Recorder(started);
  const done = { chunks: 0, bytes: 0, pauses: 0 };
  channel.bufferedAmountLowThreshold = lowWater;
  for (const [seq, size] of job.sizes.entries()) {
    if (channel.bufferedAmount > highWater) {
      done.pauses++;
      job.onProgress?.(done.bytes);
      const resumed = await drained(channel, job.signal);
      recorder.sample(job.now(), channel.bufferedAmount);
      if (resumed !== 'low') return report(resumed, channel, job, started, done, recorder);
    }
    if (job.signal?.aborted) return report('stopped', channel, job, started, done, recorder);
    if (channel.readyState !== 'open') return report('closed', channel, job, started, done, recorder);
    try {
      channel.send(makeChunk(seq, size));
    } catch (thrown) {
      return report('error', channel, job, started, done, recorder, toErrorInfo(thrown));
    }
    done.chunks++;
    done.bytes += size;
    recorder.sample(job.now(), channel.bufferedAmount);
  }
  job.onProgress?.(done.bytes);
  return report('done', channel, job, started, done, recorder);
}

/** Waits until the buffer drains (`low`), the channel closes, or the job is stopped. */
function drained(channel: SendChannel, signal?: AbortSignal): Promise<'low' | 'closed' | 'stopped'> {
  return new Promise((resolve) => {
    const finish = (how: 'low' | 'closed' | 'stopped') => {
      channel.removeEventListener('bufferedamountlow', onLow);
      channel.removeEventListener('close', onClose);
      signal?.removeEventListener('abort', onAbort);
      resolve(how);
    };
    const onLow = () => finish('low');
    const onClose = () => finish('closed');
    const onAbort = () => finish('stopped');
    if (signal?.aborted) return finish('stopped');
    channel.addEventListener('bufferedamountlow', onLow);
    channel.addEventListener('close', onClose);
    signal?.addEventListener('abort', onAbort);
  });
}
