import { chunkSizes, makeChunk } from './chunks';
import { ArrivalCounter, type Arrival } from './receiver';
import { sendBlind, sendWithBackpressure, type Backpressure, type SendChannel, type SendReport } from './sender';

/** The end that receives a transfer: it reports messages. */
export interface ReceiveChannel extends EventTarget {
  readonly readyState: RTCDataChannelState;
}

/** One transfer experiment: how much, in which chunks, blindly or with backpressure. */
export interface TransferPlan {
  readonly totalBytes: number;
  readonly chunkBytes: number;
  /** null: send blindly. */
  readonly backpressure: Backpressure | null;
}

/** What a transfer came to: the sender's report, what arrived, and the rate from first send to last arrival. */
export interface TransferResult {
  readonly send: SendReport;
  readonly arrival: Arrival;
  readonly ms: number;
  /** Megabits per second of what arrived, or 0. */
  readonly mbps: number;
  /** Every byte handed to send() arrived, in order. */
  readonly complete: boolean;
}

/** Clock, cancellation and a way to report progress, injected. */
export interface TransferTools {
  readonly now: () => number;
  readonly signal: AbortSignal;
  readonly onProgress?: (sent: number, received: number) => void;
}

/**
 * Sends a numbered transfer from one end and counts it at the other, then waits until everything handed to `send()`
 * has arrived (or the channel closes, or the reader stops it).
 */
export async function runTransfer(
  from: SendChannel,
  to: ReceiveChannel,
  plan: TransferPlan,
  tools: TransferTools,
): Promise<TransferResult> {
  const arrival = new ArrivalCounter(tools.now);
  let arrived: () => void = () => undefined;
  let target = Infinity;
  const onMessage = (event: Event) => {
    arrival.add((event as MessageEvent<ArrayBuffer | string>).data);
    if (arrival.bytes >= target) arrived();
  };
  to.addEventListener('message', onMessage);
  const started = tools.now();
  try {
    const job = {
      sizes: chunkSizes(plan.totalBytes, plan.chunkBytes),
      now: tools.now,
      signal: tools.signal,
      onProgress: (sent: number) => tools.onProgress?.(sent, arrival.bytes),
    };
    const send = plan.backpressure ? await sendWithBackpressure(from, job, plan.backpressure) : sendBlind(from, job);
    target = send.bytes;
    if (arrival.bytes < target) {
      await new Promise<void>((resolve) => {
        const done = () => {
          to.removeEventListener('close', done);
          tools.signal.removeEventListener('abort', done);
          resolve();
        };
        arrived = done;
        to.addEventListener('close', done);
        tools.signal.addEventListener('abort', done);
        if (tools.signal.aborted || to.readyState !== 'open') done();
      });
    }
    const ms = tools.now() - started;
    const result = arrival.result();
    tools.onProgress?.(send.bytes, result.bytes);
    return {
      send,
      arrival: result,
      ms,
      mbps: ms > 0 ? (result.bytes * 8) / 1000 / ms : 0,
      complete: result.bytes === send.bytes && result.inOrder,
    };
  } finally {
    to.removeEventListener('message', onMessage);
  }
}

/** One side of the ordering experiment: which numbered message arrived when. */
export interface OrderRun {
  readonly ordered: boolean;
  readonly arrival: Arrival;
}

/**
 * Sends `count` numbered messages of `bytes` each on an ordered and on an unordered pair of ends at the same time,
 * and records arrival order and times on each. On a loopback link nothing is lost, so both usually arrive in order.
 */
export async function compareOrder(
  pairs: readonly { readonly ordered: boolean; readonly from: SendChannel; readonly to: ReceiveChannel }[],
  count: number,
  bytes: number,
  tools: Pick<TransferTools, 'now' | 'signal'>,
): Promise<OrderRun[]> {
  const counters = pairs.map(() => new ArrivalCounter(tools.now, true));
  const waits = pairs.map(
    ({ to }, i) =>
      new Promise<void>((resolve) => {
        const stop = () => {
          to.removeEventListener('message', onMessage);
          to.removeEventListener('close', stop);
          tools.signal.removeEventListener('abort', stop);
          resolve();
        };
        const onMessage = (event: Event) => {
          counters[i]?.add((event as MessageEvent<ArrayBuffer>).data);
          if ((counters[i]?.count ?? 0) >= count) stop();
        };
        to.addEventListener('message', onMessage);
        to.addEventListener('close', stop);
        tools.signal.addEventListener('abort', stop);
      }),
  );
  for (let seq = 0; seq < count; seq++) {
    for (const { from } of pairs) if (from.readyState === 'open') from.send(makeChunk(seq, bytes));
  }
  await Promise.all(waits);
  return pairs.map(({ ordered }, i) => ({
    ordered,
    arrival: counters[i]?.result() ?? new ArrivalCounter(tools.now).result(),
  }));
}
