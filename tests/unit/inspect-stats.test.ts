import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallEvent, CallFeed, PeerId } from '../../src/lib/call/types';
import { appendSample, bitrate, summarizeStats, type StatsRecord, type StatsSample } from '../../src/lib/inspect/stats';
import { createStatsSampler } from '../../src/lib/inspect/stats-sampler';
import { mediaView, series } from '../../src/lib/inspect/stats-view-model';

// Captured from Chromium 156: getStats() of both peers of a loopback call, twice, about a second apart.
const captured = JSON.parse(readFileSync(new URL('fixtures/chromium-stats.json', import.meta.url), 'utf8')) as {
  at: number;
  local: StatsRecord[];
  remote: StatsRecord[];
}[];
const [first, second] = captured as [(typeof captured)[0], (typeof captured)[0]];

describe('bitrate from byte deltas', () => {
  it.each<
    [string, { bytes: number; timestamp: number } | undefined, { bytes: number; timestamp: number }, number | null]
  >([
    ['one second, 125 000 bytes', { bytes: 0, timestamp: 1000 }, { bytes: 125_000, timestamp: 2000 }, 1_000_000],
    ['half a second, 1 000 bytes', { bytes: 500, timestamp: 0 }, { bytes: 1500, timestamp: 500 }, 16_000],
    ['nothing new', { bytes: 4000, timestamp: 0 }, { bytes: 4000, timestamp: 1000 }, 0],
    ['no previous sample', undefined, { bytes: 4000, timestamp: 1000 }, null],
    ['the same timestamp', { bytes: 0, timestamp: 1000 }, { bytes: 10, timestamp: 1000 }, null],
    ['time going backwards', { bytes: 0, timestamp: 2000 }, { bytes: 10, timestamp: 1000 }, null],
    ['a counter that went down (new stream)', { bytes: 9000, timestamp: 0 }, { bytes: 10, timestamp: 1000 }, null],
  ])('%s', (_name, previous, current, expected) => {
    expect(bitrate(previous, current)).toBe(expected);
  });
});

describe('reading a real stats report', () => {
  const aliceBefore = summarizeStats('local', first.local);
  const bobBefore = summarizeStats('remote', first.remote);
  const alice = summarizeStats('local', second.local, aliceBefore.streams);
  const bob = summarizeStats('remote', second.remote, bobBefore.streams);

  it('finds what Alice sends and what Bob receives, per kind', () => {
    expect(alice.streams.map((s) => [s.direction, s.kind, s.codec])).toEqual(
      expect.arrayContaining([
        ['send', 'audio', 'opus'],
        ['send', 'video', 'VP8'],
      ]),
    );
    expect(bob.streams.map((s) => [s.direction, s.kind, s.codec])).toEqual(
      expect.arrayContaining([
        ['receive', 'audio', 'opus'],
        ['receive', 'video', 'VP8'],
      ]),
    );
  });

  it('works out the bitrate from the byte counts of two reports', () => {
    const video = bob.streams.find((s) => s.kind === 'video')!;
    const before = bobBefore.streams.find((s) => s.kind === 'video')!;
    expect(before.bitrate).toBeNull();
    const expected = ((video.bytes - before.bytes) * 8) / ((video.timestamp - before.timestamp) / 1000);
    expect(video.bitrate).toBeCloseTo(expected, 6);
    expect(video.bitrate!).toBeGreaterThan(50_000);
  });

  it('reads resolution, frame rate, frames decoded, loss and jitter on the receiving side', () => {
    expect(bob.streams.find((s) => s.kind === 'video')).toMatchObject({
      width: 640,
      height: 480,
      packetsLost: 0,
      rtt: null,
    });
    const video = bob.streams.find((s) => s.kind === 'video')!;
    expect(video.fps).toBeGreaterThan(0);
    expect(video.framesDecoded).toBeGreaterThan(0);
    expect(video.jitter).toBeGreaterThanOrEqual(0);
  });

  it('reads the round-trip time the receiver reports back to the sender', () => {
    expect(alice.streams.find((s) => s.kind === 'video')!.rtt).toBeGreaterThan(0);
  });

  it('finds the selected candidate pair through the transport', () => {
    expect(alice.pair).toMatchObject({
      peer: 'local',
      local: { type: 'host', protocol: 'udp' },
      remote: { type: 'host', protocol: 'udp' },
    });
    expect(alice.pair!.rtt).toBeGreaterThan(0);
    expect(bob.pair?.local.port).toBe(alice.pair?.remote.port);
  });

  it('merges both sides into one view per direction', () => {
    const sample: StatsSample = { at: 1, streams: [...alice.streams, ...bob.streams], pairs: [] };
    expect(mediaView(sample, 'local', 'video')).toMatchObject({
      codec: 'VP8',
      width: 640,
      height: 480,
      packetsLost: 0,
    });
    expect(mediaView(sample, 'local', 'video')!.rtt).toBeGreaterThan(0);
    expect(mediaView(sample, 'remote', 'video')).toBeNull();
    expect(mediaView(undefined, 'local', 'audio')).toBeNull();
  });
});

describe('keeping the last minute', () => {
  const sample = (at: number): StatsSample => ({ at, streams: [], pairs: [] });
  it('drops samples older than the window', () => {
    let history: StatsSample[] = [];
    for (let at = 0; at <= 90_000; at += 1000) history = appendSample(history, sample(at));
    expect(history).toHaveLength(60);
    expect(history[0]!.at).toBe(31_000);
    expect(history.at(-1)!.at).toBe(90_000);
  });
  it('turns samples into chart points, skipping gaps', () => {
    expect(series([sample(1), sample(2), sample(3)], (s) => (s.at === 2 ? null : s.at * 10))).toEqual([
      { at: 1, value: 10 },
      { at: 3, value: 30 },
    ]);
  });
});

/** A feed whose connections answer getStats with the captured reports, and a clock and timers under the test's hand. */
function rig() {
  let round = 0;
  let getStatsCalls = 0;
  const connection = (peer: PeerId) =>
    ({
      getStats: async () => {
        getStatsCalls += 1;
        const reports = captured[Math.min(round, captured.length - 1)]!;
        return new Map(reports[peer].map((r) => [r.id, r]));
      },
    }) as unknown as RTCPeerConnection;
  let live = true;
  const feed: Pick<CallFeed, 'connection'> = { connection: (peer) => (live ? connection(peer) : null) };
  const timers: { callback: () => void; ms: number; id: number }[] = [];
  let nextId = 0;
  let hidden = false;
  const visibilityListeners = new Set<() => void>();
  const samples: StatsSample[] = [];
  const statuses: string[] = [];
  const sampler = createStatsSampler({
    feed,
    onSample: (s) => samples.push(s),
    onStatus: (s) => statuses.push(s),
    now: () => 1000 * (round + 1),
    setTimer: (callback, ms) => {
      const id = ++nextId;
      timers.push({ callback, ms, id });
      return id;
    },
    clearTimer: (id) => {
      const index = timers.findIndex((t) => t.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
    visibility: {
      hidden: () => hidden,
      subscribe(listener) {
        visibilityListeners.add(listener);
        return () => visibilityListeners.delete(listener);
      },
    },
  });
  return {
    sampler,
    samples,
    statuses,
    timers,
    emit: (event: CallEvent) => sampler.observe(event),
    connected: (peer: PeerId, value = 'connected') =>
      sampler.observe({ type: 'state', peer, name: 'connectionState', value, at: 0 }),
    /** Fires the pending timer and lets the getStats promises settle. */
    async tick() {
      const timer = timers.shift();
      if (!timer) throw new Error('no timer pending');
      expect(timer.ms).toBe(1000);
      timer.callback();
      await new Promise((resolve) => setTimeout(resolve, 0));
      round += 1;
    },
    setHidden(value: boolean) {
      hidden = value;
      visibilityListeners.forEach((l) => l());
    },
    goOffline: () => (live = false),
    getStatsCalls: () => getStatsCalls,
    visibilityListeners: () => visibilityListeners.size,
  };
}

describe('the stats sampler', () => {
  it('waits for a connection, then reads both peers once a second', async () => {
    const r = rig();
    expect(r.timers).toHaveLength(0);
    expect(r.sampler.status()).toBe('waiting');
    r.connected('local');
    r.connected('remote');
    expect(r.timers).toHaveLength(1);
    expect(r.getStatsCalls()).toBe(0);
    await r.tick();
    await r.tick();
    expect(r.getStatsCalls()).toBe(4);
    expect(r.samples).toHaveLength(2);
    expect(r.samples[0]!.streams.find((s) => s.peer === 'remote' && s.kind === 'video')!.bitrate).toBeNull();
    expect(r.samples[1]!.streams.find((s) => s.peer === 'remote' && s.kind === 'video')!.bitrate).toBeGreaterThan(0);
    expect(r.samples[1]!.pairs.map((p) => p.peer)).toEqual(['local', 'remote']);
    expect(r.timers).toHaveLength(1);
  });

  it('pauses while the page is hidden and resumes when it shows again', async () => {
    const r = rig();
    r.connected('local');
    await r.tick();
    r.setHidden(true);
    expect(r.timers).toHaveLength(0);
    expect(r.sampler.status()).toBe('paused');
    r.setHidden(false);
    expect(r.timers).toHaveLength(1);
    expect(r.sampler.status()).toBe('sampling');
  });

  it.each<[string, CallEvent]>([
    ['hang-up', { type: 'api-call', status: 'start', id: 9, phase: 'hang-up', peer: null, call: 'close()', at: 5 }],
    ['the call ending', { type: 'call-status', status: 'ended', reason: null, at: 5 }],
    ['the call failing', { type: 'call-status', status: 'failed', reason: { name: 'X', message: 'y' }, at: 5 }],
  ])('stops on %s, and starts again with the next call', (_name, event) => {
    const r = rig();
    r.connected('local');
    r.emit(event);
    expect(r.timers).toHaveLength(0);
    expect(r.sampler.status()).toBe('stopped');
    r.connected('local');
    expect(r.timers).toHaveLength(1);
  });

  it('keeps sampling while a peer is disconnected, stops when none is connected', () => {
    const r = rig();
    r.connected('local');
    r.connected('local', 'disconnected');
    expect(r.timers).toHaveLength(1);
    r.connected('local', 'failed');
    expect(r.timers).toHaveLength(0);
  });

  it('drops a round that was in flight when the call ended', async () => {
    const r = rig();
    r.connected('local');
    const timer = r.timers.shift()!;
    timer.callback();
    r.emit({ type: 'call-status', status: 'ended', reason: null, at: 5 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(r.samples).toHaveLength(0);
    expect(r.timers).toHaveLength(0);
  });

  it('reports nothing when no connection is left to read', async () => {
    const r = rig();
    r.connected('local');
    r.goOffline();
    await r.tick();
    expect(r.samples).toHaveLength(0);
  });

  it('lets go of its timer and the page visibility when disposed', () => {
    const r = rig();
    r.connected('local');
    expect(r.visibilityListeners()).toBe(1);
    r.sampler.dispose();
    expect(r.timers).toHaveLength(0);
    expect(r.visibilityListeners()).toBe(0);
    expect(r.statuses.at(-1)).toBe('stopped');
  });
});
