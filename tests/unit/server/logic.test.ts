import { describe, expect, it } from 'vitest';
import { parseCli } from '../../../server/cli-options.ts';
import { originAllowed, ownOrigins } from '../../../server/origins.ts';
import { createTokenBucket, defaultRateLimit } from '../../../server/rate-limit.ts';
import { RoomRegistry } from '../../../server/rooms.ts';

describe('token bucket', () => {
  it('lets the whole burst through at once, then refills at the sustained rate', () => {
    let now = 0;
    const bucket = createTokenBucket({ burst: 100, perSecond: 50 }, () => now);
    const taken = Array.from({ length: 101 }, () => bucket.take());
    expect(taken.filter(Boolean)).toHaveLength(100);
    expect(taken.at(-1)).toBe(false);
    now += 20;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    now += 1000;
    expect(Array.from({ length: 60 }, () => bucket.take()).filter(Boolean)).toHaveLength(50);
  });

  it('never holds more than the burst, however long it rests', () => {
    let now = 0;
    const bucket = createTokenBucket({ burst: 10, perSecond: 50 }, () => now);
    now += 3_600_000;
    expect(Array.from({ length: 20 }, () => bucket.take()).filter(Boolean)).toHaveLength(10);
  });

  it('defaults meet the issue: a burst of at least 100 and at least 50 per second', () => {
    expect(defaultRateLimit.burst).toBeGreaterThanOrEqual(100);
    expect(defaultRateLimit.perSecond).toBeGreaterThanOrEqual(50);
  });
});

describe('room registry', () => {
  const m = (id: string) => ({ id });
  it('first is impolite, second polite, third full; leaving frees the place and keeps roles complementary', () => {
    const rooms = new RoomRegistry<{ id: string }>();
    const [a, b, c] = [m('a'), m('b'), m('c')];
    expect(rooms.join('r', a, 0)).toEqual({ kind: 'joined', polite: false, peers: 1, other: undefined });
    expect(rooms.join('r', b, 0)).toEqual({ kind: 'joined', polite: true, peers: 2, other: a });
    expect(rooms.join('r', c, 0)).toEqual({ kind: 'full' });
    expect(rooms.join('s', a, 0)).toEqual({ kind: 'already-joined' });
    expect(rooms.peerOf(a, 0)).toBe(b);
    expect(rooms.leave(a)).toEqual({ room: 'r', other: b });
    expect(rooms.join('r', c, 0)).toEqual({ kind: 'joined', polite: false, peers: 2, other: b });
    expect(rooms.leave(m('nobody'))).toBeUndefined();
    rooms.leave(b);
    rooms.leave(c);
    expect(rooms.size).toBe(0);
  });

  it('expires rooms idle for the limit; activity keeps a room', () => {
    const rooms = new RoomRegistry<{ id: string }>();
    rooms.join('quiet', m('q'), 0);
    rooms.join('busy', m('b1'), 0);
    rooms.join('busy', m('b2'), 0);
    rooms.peerOf(m('b1'), 900);
    expect(rooms.expire(1000, 1000)).toEqual([{ room: 'quiet', members: [{ id: 'q' }] }]);
    expect(rooms.roomOf(m('q'))).toBeUndefined();
    expect(rooms.size).toBe(1);
  });
});

describe('origins', () => {
  it('compares normalized origins; no Origin is allowed, "null" is not', () => {
    const allow = new Set(['https://a.example']);
    expect(originAllowed('https://A.example', allow)).toBe(true);
    expect(originAllowed('https://a.example:443', allow)).toBe(true);
    expect(originAllowed('http://a.example', allow)).toBe(false);
    expect(originAllowed('null', allow)).toBe(false);
    expect(originAllowed(undefined, allow)).toBe(true);
  });

  it('derives the served site origins from the listening address', () => {
    expect(ownOrigins('127.0.0.1', 4321, false, ['192.0.2.7'])).toEqual([
      'http://127.0.0.1:4321',
      'http://localhost:4321',
    ]);
    expect(ownOrigins('0.0.0.0', 4321, true, ['192.0.2.7'])).toEqual([
      'https://127.0.0.1:4321',
      'https://localhost:4321',
      'https://192.0.2.7:4321',
    ]);
  });
});

describe('command line', () => {
  it('has the defaults of npm run signal', () => {
    expect(parseCli([])).toMatchObject({ ok: true, options: { port: 8787, host: '127.0.0.1', origins: undefined } });
  });

  it('reads every flag, with a space or an equals sign', () => {
    const parsed = parseCli([
      '--port=4321',
      '--host',
      '0.0.0.0',
      '--origin',
      'https://a.example, http://b.example:8080',
      '--static',
      'dist',
      '--cert',
      'c.pem',
      '--key=k.pem',
      '--workshop',
      '--ping-interval',
      '100',
      '--room-idle=500',
    ]);
    expect(parsed).toEqual({
      ok: true,
      options: {
        port: 4321,
        host: '0.0.0.0',
        origins: ['https://a.example', 'http://b.example:8080'],
        staticDir: 'dist',
        cert: 'c.pem',
        key: 'k.pem',
        workshop: true,
        help: false,
        pingIntervalMs: 100,
        roomIdleMs: 500,
      },
    });
  });

  it.each([
    [['--port', '70000'], '--port'],
    [['--port', 'abc'], '--port'],
    [['--port'], 'needs a value'],
    [['--cert', 'c.pem'], 'go together'],
    [['--origin', 'example.org'], '--origin'],
    [['--origin', 'https://a.example/path'], '--origin'],
    [['--ping-interval', '1'], '--ping-interval'],
    [['--verbose'], 'unknown option'],
  ])('refuses %j with a reason', (argv, problem) => {
    const parsed = parseCli(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toContain(problem);
  });
});
