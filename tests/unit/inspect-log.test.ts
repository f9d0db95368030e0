import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/lib/call/types';
import { createCallLog, createCallRecorder, createReplay, isReplay, logFileName } from '../../src/lib/inspect/log';
import { maxLogChars, readCallLog, validateCallLog, type LogProblem } from '../../src/lib/inspect/validate';
import type { StatsSample } from '../../src/lib/inspect/stats';

const offer = readFileSync(new URL('fixtures/chromium-offer.sdp', import.meta.url), 'utf8');
const candidate = {
  candidate: 'candidate:164902521 1 udp 2122194687 192.0.2.2 60594 typ host generation 0 ufrag a1ct network-id 1',
  sdpMid: '0',
  sdpMLineIndex: 0,
  usernameFragment: 'a1ct',
};

/** One event of every kind the engine reports. */
const events: CallEvent[] = [
  {
    type: 'api-call',
    status: 'start',
    id: 1,
    phase: 'create-offer',
    peer: 'local',
    call: 'alice.createOffer()',
    at: 1,
  },
  {
    type: 'api-call',
    status: 'success',
    id: 1,
    phase: 'create-offer',
    peer: 'local',
    call: 'alice.createOffer()',
    at: 2,
    durationMs: 1,
  },
  {
    type: 'api-call',
    status: 'failure',
    id: 2,
    phase: 'exchange-ice',
    peer: 'remote',
    call: 'bob.addIceCandidate(c)',
    at: 3,
    durationMs: 1,
    error: { name: 'InvalidStateError', message: 'The remote description was null' },
  },
  { type: 'state', peer: 'local', name: 'signalingState', value: 'have-local-offer', at: 4 },
  { type: 'candidate-gathered', peer: 'local', candidate, at: 5 },
  { type: 'candidate-gathered', peer: 'local', candidate: null, at: 6 },
  { type: 'candidate-delivered', peer: 'local', candidate, at: 7 },
  { type: 'description', peer: 'local', side: 'local', sdpType: 'offer', sdp: offer, at: 8 },
  { type: 'track', peer: 'remote', kind: 'video', at: 9 },
  { type: 'first-frame', width: 640, height: 480, at: 10 },
  { type: 'hint', code: 'candidates-waiting', peer: null, at: 11 },
  { type: 'call-status', status: 'ended', reason: null, at: 12 },
];
const stats: StatsSample[] = [
  {
    at: 1000,
    streams: [
      {
        key: 'remote/IT01V1',
        peer: 'remote',
        direction: 'receive',
        kind: 'video',
        codec: 'VP8',
        width: 640,
        height: 480,
        fps: 20,
        bytes: 185274,
        timestamp: 1795503674736.13,
        bitrate: 720000,
        packetsLost: 0,
        jitter: 0,
        rtt: null,
        framesDecoded: 60,
      },
    ],
    pairs: [
      {
        peer: 'local',
        local: { address: 'fd00::2', port: 35822, type: 'host', protocol: 'udp' },
        remote: { address: 'fd00::2', port: 44745, type: 'host', protocol: 'udp' },
        rtt: 0.001,
      },
    ],
  },
];
const savedAt = new Date(Date.UTC(2026, 10, 24, 9, 2, 3));
const log = createCallLog(events, stats, { savedAt, userAgent: 'test', call: 'video-loopback' });
const json = JSON.stringify(log);
/** The valid log as plain JSON data, with `change` applied to a copy. */
const edited = (
  change: (copy: Record<string, unknown> & { events: Record<string, unknown>[]; stats: unknown[] }) => void,
) => {
  const copy = JSON.parse(json) as Record<string, unknown> & { events: Record<string, unknown>[]; stats: unknown[] };
  change(copy);
  return copy;
};

describe('the saved format', () => {
  it('is versioned and names itself', () => {
    expect(log).toMatchObject({
      format: 'webrtc-step-by-step/call-log',
      version: 2,
      call: 'video-loopback',
      savedAt: '2026-11-24T09:02:03.000Z',
    });
  });

  it("still opens a version 1 log, which has no call field, as chapter 5's call", () => {
    const old = edited((c) => {
      c['version'] = 1;
      delete c['call'];
    });
    const result = readCallLog(JSON.stringify(old));
    expect(result).toMatchObject({ ok: true, log: { version: 2, call: 'video-loopback' } });
  });

  it('refuses a log of a call this site does not know', () => {
    expect(readCallLog(JSON.stringify(edited((c) => (c['call'] = 'teleport'))))).toEqual({
      ok: false,
      problem: { code: 'unknown-call', call: 'teleport' },
    });
  });

  it('survives a trip through JSON', () => {
    expect(readCallLog(json)).toEqual({ ok: true, log });
  });

  it('names its file after the time it was saved', () => {
    expect(logFileName(new Date(2026, 10, 4, 9, 2, 3))).toBe('webrtc-call-2026-11-04-09-02-03.json');
  });
});

describe('validating a file someone opens', () => {
  it.each<[string, string, LogProblem]>([
    ['text that is not JSON', 'hello', { code: 'not-json' }],
    ['an empty file', '', { code: 'not-json' }],
    ['a JSON array', '[1, 2]', { code: 'foreign' }],
    ['JSON null', 'null', { code: 'foreign' }],
    ['a JSON object of some other program', '{"name": "package", "version": 1}', { code: 'foreign' }],
    [
      'a log of a newer version',
      JSON.stringify(edited((c) => (c['version'] = 3))),
      { code: 'newer-version', version: 3 },
    ],
    ['a version that is a string', JSON.stringify(edited((c) => (c['version'] = '1'))), { code: 'bad-version' }],
    [
      'no events field',
      JSON.stringify(edited((c) => delete (c as Record<string, unknown>)['events'])),
      { code: 'bad-field', field: 'events' },
    ],
    [
      'stats that are no list',
      JSON.stringify(edited((c) => ((c as Record<string, unknown>)['stats'] = {}))),
      { code: 'bad-field', field: 'stats' },
    ],
    ['no saving date', JSON.stringify(edited((c) => delete c['savedAt'])), { code: 'bad-field', field: 'savedAt' }],
    ['no events at all', JSON.stringify(edited((c) => (c.events = []))), { code: 'no-events' }],
    [
      'an event of an unknown type',
      JSON.stringify(edited((c) => (c.events[3]!['type'] = 'explode'))),
      { code: 'bad-event', index: 3, field: 'type' },
    ],
    [
      'an event without time',
      JSON.stringify(edited((c) => delete c.events[0]!['at'])),
      { code: 'bad-event', index: 0, field: 'at' },
    ],
    [
      'an event that is a string',
      JSON.stringify(edited((c) => (c.events[2] = 'x' as never))),
      { code: 'bad-event', index: 2, field: '(not an object)' },
    ],
    [
      'an unknown phase',
      JSON.stringify(edited((c) => (c.events[0]!['phase'] = 'dance'))),
      { code: 'bad-event', index: 0, field: 'phase' },
    ],
    [
      'a success without duration',
      JSON.stringify(edited((c) => delete c.events[1]!['durationMs'])),
      { code: 'bad-event', index: 1, field: 'durationMs' },
    ],
    [
      'a failure without error',
      JSON.stringify(edited((c) => (c.events[2]!['error'] = 'oops'))),
      { code: 'bad-event', index: 2, field: 'error' },
    ],
    [
      'an unknown peer',
      JSON.stringify(edited((c) => (c.events[3]!['peer'] = 'carol'))),
      { code: 'bad-event', index: 3, field: 'peer' },
    ],
    [
      'an unknown state',
      JSON.stringify(edited((c) => (c.events[3]!['name'] = 'mood'))),
      { code: 'bad-event', index: 3, field: 'name' },
    ],
    [
      'a candidate without text',
      JSON.stringify(edited((c) => (c.events[4]!['candidate'] = { sdpMid: '0' }))),
      { code: 'bad-event', index: 4, field: 'candidate' },
    ],
    [
      'a delivered null candidate',
      JSON.stringify(edited((c) => (c.events[6]!['candidate'] = null))),
      { code: 'bad-event', index: 6, field: 'candidate' },
    ],
    [
      'a description without SDP',
      JSON.stringify(edited((c) => (c.events[7]!['sdp'] = 42))),
      { code: 'bad-event', index: 7, field: 'sdp' },
    ],
    [
      'an unknown hint',
      JSON.stringify(edited((c) => (c.events[10]!['code'] = 'rm -rf'))),
      { code: 'bad-event', index: 10, field: 'code' },
    ],
    [
      'an unknown call status',
      JSON.stringify(edited((c) => (c.events[11]!['status'] = 'party'))),
      { code: 'bad-event', index: 11, field: 'status' },
    ],
    [
      'a sample without time',
      JSON.stringify(edited((c) => (c.stats[0] = { streams: [], pairs: [] }))),
      { code: 'bad-sample', index: 0, field: 'at' },
    ],
    [
      'a stream with a text bitrate',
      JSON.stringify(
        edited((c) => ((c.stats[0] as { streams: Record<string, unknown>[] }).streams[0]!['bitrate'] = 'fast')),
      ),
      { code: 'bad-sample', index: 0, field: 'streams[0].bitrate' },
    ],
    [
      'a pair without its remote end',
      JSON.stringify(edited((c) => delete (c.stats[0] as { pairs: Record<string, unknown>[] }).pairs[0]!['remote'])),
      { code: 'bad-sample', index: 0, field: 'pairs[0].remote' },
    ],
  ])('refuses %s, saying why', (_name, text, problem) => {
    expect(readCallLog(text)).toEqual({ ok: false, problem });
  });

  it('refuses a file too large to be a log without parsing it', () => {
    expect(readCallLog(' '.repeat(maxLogChars + 1))).toEqual({ ok: false, problem: { code: 'too-large' } });
  });

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, 0, 'x', Symbol('x'), () => 1, Object.create(null), new Proxy({}, {})]) {
      expect(() => validateCallLog(value)).not.toThrow();
    }
  });
});

describe('replaying a saved call', () => {
  it('sends every logged event, in order, to every subscriber, and has no connections', () => {
    const replay = createReplay(log);
    const a: CallEvent[] = [];
    const b: CallEvent[] = [];
    replay.subscribe((e) => a.push(e));
    const unsubscribe = replay.subscribe((e) => b.push(e));
    replay.play();
    expect(a).toEqual(events);
    expect(b).toEqual(events);
    unsubscribe();
    replay.play();
    expect(b).toHaveLength(events.length);
    expect(replay.connection('local')).toBeNull();
    expect(replay.connection('remote')).toBeNull();
  });

  it('can be told apart from a live feed', () => {
    expect(isReplay(createReplay(log))).toBe(true);
    expect(isReplay({ call: 'video-loopback', subscribe: () => () => {}, connection: () => null })).toBe(false);
    expect(isReplay(null)).toBe(false);
  });
});

describe('where one call ends and the next begins', () => {
  const start = (id: number, phase: 'get-user-media' | 'hang-up', at: number): CallEvent => ({
    type: 'api-call',
    status: 'start',
    id,
    phase,
    peer: null,
    call: phase,
    at,
  });
  const success = (id: number, phase: 'get-user-media' | 'hang-up', at: number): CallEvent => ({
    ...(start(id, phase, at) as Extract<CallEvent, { status: 'start' }>),
    status: 'success',
    durationMs: 0,
  });

  it('keeps the end of a call with it, and starts afresh at the next API call', () => {
    const recorder = createCallRecorder();
    const first = [
      start(1, 'get-user-media', 1),
      success(1, 'get-user-media', 2),
      start(2, 'hang-up', 3),
      { type: 'state', peer: 'local', name: 'signalingState', value: 'closed', at: 4 } as CallEvent,
      success(2, 'hang-up', 5),
      { type: 'call-status', status: 'ended', reason: null, at: 6 } as CallEvent,
    ];
    expect(first.map((e) => recorder.add(e))).toEqual([false, false, false, false, false, false]);
    expect(recorder.events()).toEqual(first);
    expect(recorder.add(start(3, 'get-user-media', 10))).toBe(true);
    expect(recorder.events()).toEqual([start(3, 'get-user-media', 10)]);
  });

  it('keeps a failed call going: the reader may still hang up or look at it', () => {
    const recorder = createCallRecorder();
    recorder.add({ type: 'call-status', status: 'failed', reason: { name: 'E', message: 'm' }, at: 1 });
    expect(recorder.add(start(1, 'hang-up', 2))).toBe(false);
    expect(recorder.events()).toHaveLength(2);
  });
});
