import { describe, expect, it } from 'vitest';
import { chunkSeq, chunkSizes, joinBytes, makeChunk, splitBytes } from '../../src/lib/channel/chunks';
import { ArrivalCounter } from '../../src/lib/channel/receiver';
import { median, pingPong } from '../../src/lib/channel/ping';
import { sendBlind, sendWithBackpressure, type SendChannel } from '../../src/lib/channel/sender';

/**
 * A send buffer like Chromium's: `send` adds to bufferedAmount and throws OperationError past 16 MiB; `drain(n)`
 * takes n bytes off and fires `bufferedamountlow` when it crosses the threshold.
 */
class FakeBuffer extends EventTarget implements SendChannel {
  readyState: RTCDataChannelState = 'open';
  bufferedAmount = 0;
  bufferedAmountLowThreshold = 0;
  readonly sent: ArrayBuffer[] = [];
  constructor(private readonly limit = 16 * 1024 * 1024) {
    super();
  }
  send(data: ArrayBuffer): void {
    if (this.bufferedAmount + data.byteLength > this.limit) {
      throw Object.assign(new Error('RTCDataChannel send queue is full'), { name: 'OperationError' });
    }
    this.bufferedAmount += data.byteLength;
    this.sent.push(data);
  }
  drain(bytes: number): void {
    const before = this.bufferedAmount;
    this.bufferedAmount = Math.max(0, before - bytes);
    if (before > this.bufferedAmountLowThreshold && this.bufferedAmount <= this.bufferedAmountLowThreshold) {
      this.dispatchEvent(new Event('bufferedamountlow'));
    }
  }
}

const KiB = 1024;
const MiB = 1024 * KiB;
let clock = 0;
const now = () => clock++;

describe('chunks', () => {
  it.each([
    [0, 16, []],
    [10, 4, [4, 4, 2]],
    [32, 16, [16, 16]],
    [5, 0, []],
  ])('%i bytes in chunks of %i are %j', (total, size, sizes) => {
    expect(chunkSizes(total, size)).toEqual(sizes);
  });

  it('numbers each chunk in its first four bytes', () => {
    expect(chunkSeq(makeChunk(70000, 64))).toBe(70000);
    expect(makeChunk(3, 64).byteLength).toBe(64);
    expect(chunkSeq(new ArrayBuffer(2))).toBeNull();
  });

  it('splits a message over the size limit into parts that join back to the same bytes', () => {
    const message = Uint8Array.from({ length: 300 * KiB }, (_, i) => i % 251);
    const parts = splitBytes(message, 256 * KiB);
    expect(parts.map((p) => p.length)).toEqual([256 * KiB, 44 * KiB]);
    expect(joinBytes(parts)).toEqual(message);
  });
});

describe('sending without backpressure', () => {
  it('stops at the first OperationError with 16 MiB queued, and the channel stays open', () => {
    const channel = new FakeBuffer();
    const report = sendBlind(channel, { sizes: chunkSizes(32 * MiB, 64 * KiB), now });
    expect(report.outcome).toBe('error');
    expect(report.error?.name).toBe('OperationError');
    expect(report.bytes).toBe(16 * MiB);
    expect(report.bufferedAtEnd).toBe(16 * MiB);
    expect(channel.readyState).toBe('open');
  });
});

describe('sending with backpressure', () => {
  it('pauses above the high-water mark, resumes on bufferedamountlow, and sends every chunk in order', async () => {
    const channel = new FakeBuffer();
    const sizes = chunkSizes(32 * MiB, 64 * KiB);
    const pump = setInterval(() => channel.drain(256 * KiB), 0);
    const report = await sendWithBackpressure(channel, { sizes, now }, { highWater: 1 * MiB, lowWater: 256 * KiB });
    clearInterval(pump);
    expect(report.outcome).toBe('done');
    expect(report.chunks).toBe(sizes.length);
    expect(report.bytes).toBe(32 * MiB);
    expect(report.pauses).toBeGreaterThan(0);
    expect(report.peakBuffered).toBeLessThanOrEqual(1 * MiB + 64 * KiB);
    expect(channel.bufferedAmountLowThreshold).toBe(256 * KiB);
    const arrival = new ArrivalCounter(now);
    for (const chunk of channel.sent) arrival.add(chunk);
    expect(arrival.result()).toMatchObject({ count: sizes.length, bytes: 32 * MiB, inOrder: true });
  });

  it('ends as `closed` when the channel closes during a pause, and as `stopped` when aborted', async () => {
    const closing = new FakeBuffer();
    const waiting = sendWithBackpressure(
      closing,
      { sizes: chunkSizes(4 * MiB, 64 * KiB), now },
      {
        highWater: 256 * KiB,
        lowWater: 0,
      },
    );
    closing.readyState = 'closed';
    closing.dispatchEvent(new Event('close'));
    expect((await waiting).outcome).toBe('closed');

    const stop = new AbortController();
    const stopped = sendWithBackpressure(
      new FakeBuffer(),
      { sizes: chunkSizes(4 * MiB, 64 * KiB), now, signal: stop.signal },
      { highWater: 256 * KiB, lowWater: 0 },
    );
    stop.abort();
    expect((await stopped).outcome).toBe('stopped');
  });
});

describe('arrival order', () => {
  it('names the first chunk that came after a later one', () => {
    const arrival = new ArrivalCounter(now, true);
    for (const seq of [0, 1, 3, 2, 4]) arrival.add(makeChunk(seq, 8));
    expect(arrival.result()).toMatchObject({ inOrder: false, firstOutOfOrder: 2, count: 5 });
    expect(arrival.result().times.map((t) => t.seq)).toEqual([0, 1, 3, 2, 4]);
  });
});

describe('ping/pong', () => {
  it('times each echo and stops when the sender closes', async () => {
    const pair = () => {
      const end = Object.assign(new EventTarget(), {
        readyState: 'open' as RTCDataChannelState,
        peer: null as EventTarget | null,
        send(data: string) {
          const peer = end.peer;
          queueMicrotask(() => peer?.dispatchEvent(Object.assign(new Event('message'), { data })));
        },
      });
      return end;
    };
    const from = pair();
    const to = pair();
    from.peer = to;
    to.peer = from;
    let tick = 0;
    const rtts = await pingPong({ from, to }, 5, () => (tick += 2), new AbortController().signal);
    expect(rtts).toEqual([2, 2, 2, 2, 2]);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    from.readyState = 'closed';
    expect(await pingPong({ from, to }, 5, () => 0, new AbortController().signal)).toEqual([]);
  });
});
