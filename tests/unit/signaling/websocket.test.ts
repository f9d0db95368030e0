import { beforeEach, describe, expect, it } from 'vitest';
import type { TransportEvent } from '../../../src/lib/signaling/types';
import { backoffDelay, createWebSocketTransport, defaultBackoff } from '../../../src/lib/signaling/websocket.ts';
import { FakeWebSocket, ManualTimers } from './fakes.ts';

const room = 'AbCdEfGhIjKlMnOpQrStUv';
const url = 'ws://127.0.0.1:8787/signal';

function setup(random = () => 0.5) {
  FakeWebSocket.made = [];
  const timers = new ManualTimers();
  const transport = createWebSocketTransport({ url, room, WebSocket: FakeWebSocket, timers, random });
  const events: TransportEvent[] = [];
  transport.subscribe((event) => events.push(event));
  const socket = (): FakeWebSocket => FakeWebSocket.made.at(-1)!;
  return { transport, timers, events, socket };
}

describe('backoff schedule', () => {
  it('doubles from 250-500 ms up to a cap of 4-8 s, jitter inside each step', () => {
    const low = Array.from({ length: 7 }, (_, i) => backoffDelay(i, 0));
    const high = Array.from({ length: 7 }, (_, i) => backoffDelay(i, 1));
    expect(low).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);
    expect(high).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffDelay(2, 0.5)).toBe(1500);
    expect(backoffDelay(0, 7)).toBe(500);
    expect(defaultBackoff.maxRetries).toBe(6);
  });
});

describe('WebSocket transport', () => {
  beforeEach(() => {
    FakeWebSocket.made = [];
  });

  it('joins its room as soon as the socket opens, and reports the room messages', () => {
    const { transport, events, socket } = setup();
    expect(transport.state).toBe('connecting');
    expect(socket().url).toBe(url);
    socket().open();
    expect(transport.state).toBe('open');
    expect(socket().sentJson).toEqual([{ type: 'join', room }]);
    socket().receive(JSON.stringify({ type: 'joined', room, polite: false, peers: 1 }));
    socket().receive(JSON.stringify({ type: 'peer-joined' }));
    expect(events).toEqual([
      { type: 'state', state: 'open' },
      { type: 'room', message: { type: 'joined', room, polite: false, peers: 1 }, size: expect.any(Number) },
      { type: 'room', message: { type: 'peer-joined' }, size: 22 },
    ]);
  });

  it('sends signals only while open, and reports relayed ones with their sender', () => {
    const { transport, events, socket } = setup();
    expect(transport.send({ type: 'bye' })).toBe(false);
    socket().open();
    expect(transport.send({ type: 'bye' })).toBe(true);
    expect(socket().sentJson.at(-1)).toEqual({ type: 'bye' });
    const relayed = JSON.stringify({ type: 'bye', from: 'peer1' });
    socket().receive(relayed);
    expect(events.slice(-2)).toEqual([
      { type: 'sent', message: { type: 'bye' }, size: '{"type":"bye"}'.length },
      { type: 'signal', message: { type: 'bye' }, from: 'peer1', size: relayed.length },
    ]);
  });

  it('will not send a message larger than a frame', () => {
    const { transport, socket } = setup();
    socket().open();
    const sdp = `v=0${'a'.repeat(70_000)}`;
    expect(transport.send({ type: 'description', description: { type: 'offer', sdp } })).toBe(false);
    expect(socket().sent).toHaveLength(1);
  });

  it.each([
    ['garbage', 'not json', 'not-json'],
    ['binary data', new ArrayBuffer(8), 'not-json'],
    ['an unknown type', JSON.stringify({ type: 'welcome' }), 'unknown-type'],
    ['a relayed signal without a sender', JSON.stringify({ type: 'bye' }), 'bad-field'],
    ['a bad candidate', JSON.stringify({ type: 'candidate', candidate: { candidate: 7 }, from: 'p' }), 'bad-field'],
    [
      'joined to another room',
      JSON.stringify({ type: 'joined', room: 'X'.repeat(22), polite: true, peers: 2 }),
      'wrong-room',
    ],
    ['a frame over 64 KiB', JSON.stringify({ type: 'bye', from: 'p', pad: 'x'.repeat(70_000) }), 'too-large'],
  ])('reports %s as rejected and carries on', (_name, data, code) => {
    const { transport, events, socket } = setup();
    socket().open();
    socket().receive(data);
    expect(events.at(-1)).toMatchObject({ type: 'rejected', code });
    socket().receive(JSON.stringify({ type: 'peer-left' }));
    expect(events.at(-1)).toMatchObject({ type: 'room', message: { type: 'peer-left' } });
    expect(transport.state).toBe('open');
  });

  it('reconnects after a drop with growing delays, rejoins the same room, and resets after a join', () => {
    const { transport, timers, events, socket } = setup(() => 0);
    socket().open();
    socket().drop();
    expect(transport.state).toBe('reconnecting');
    expect(timers.waiting).toEqual([250]);
    timers.advance(250);
    expect(FakeWebSocket.made).toHaveLength(2);
    socket().drop();
    expect(timers.waiting).toEqual([500]);
    timers.advance(500);
    socket().open();
    expect(transport.state).toBe('open');
    expect(socket().sentJson).toEqual([{ type: 'join', room }]);
    socket().receive(JSON.stringify({ type: 'joined', room, polite: true, peers: 2 }));
    socket().drop();
    expect(timers.waiting).toEqual([250]);
    expect(events.filter((e) => e.type === 'state').map((e) => e.type === 'state' && e.state)).toEqual([
      'open',
      'reconnecting',
      'open',
      'reconnecting',
    ]);
  });

  it('sends the same rejoin key with every join, before and after a drop', () => {
    FakeWebSocket.made = [];
    const timers = new ManualTimers();
    const rejoinKey = 'Vd0lK3_qf8mZ1tYc2hEw9A';
    createWebSocketTransport({ url, room, WebSocket: FakeWebSocket, timers, random: () => 0, rejoinKey });
    FakeWebSocket.made[0]!.open();
    FakeWebSocket.made[0]!.drop();
    timers.advance(250);
    FakeWebSocket.made[1]!.open();
    expect(FakeWebSocket.made.map((s) => s.sentJson)).toEqual([
      [{ type: 'join', room, rejoin: rejoinKey }],
      [{ type: 'join', room, rejoin: rejoinKey }],
    ]);
  });

  it('gives up as failed after six tries in a row', () => {
    const { transport, timers, socket } = setup(() => 1);
    socket().drop();
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      delays.push(...timers.waiting);
      timers.advance(timers.waiting[0]!);
      socket().drop();
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(FakeWebSocket.made).toHaveLength(7);
    expect(transport.state).toBe('failed');
    expect(timers.waiting).toEqual([]);
  });

  it.each([
    [1008, 'rate limit'],
    [1009, 'message too big'],
  ])('does not retry after close code %i (%s)', (code) => {
    const { transport, timers, socket } = setup();
    socket().open();
    socket().drop(code);
    expect(transport.state).toBe('failed');
    expect(timers.waiting).toEqual([]);
  });

  it('fails at once for a URL the browser refuses', () => {
    const timers = new ManualTimers();
    const Throwing = class extends FakeWebSocket {
      constructor(u: string) {
        super(u);
        throw new SyntaxError('bad url');
      }
    };
    const transport = createWebSocketTransport({ url: 'nope', room, WebSocket: Throwing, timers, random: Math.random });
    expect(transport.state).toBe('failed');
  });

  it('on close: says leave, closes normally, stops retrying and reports nothing more', () => {
    const { transport, events, socket } = setup();
    socket().open();
    const first = socket();
    transport.close();
    expect(first.sentJson.at(-1)).toEqual({ type: 'leave' });
    expect(first.closedWith).toBe(1000);
    expect(transport.state).toBe('closed');
    const count = events.length;
    first.receive(JSON.stringify({ type: 'peer-left' }));
    expect(events).toHaveLength(count);
    expect(transport.send({ type: 'bye' })).toBe(false);
    transport.close();

    const again = setup();
    again.socket().drop();
    again.transport.close();
    expect(again.timers.waiting).toEqual([]);
    again.timers.advance(60_000);
    expect(FakeWebSocket.made).toHaveLength(1);
    expect(again.transport.state).toBe('closed');
  });

  it('keeps other listeners going when one throws, and unsubscribes', () => {
    const { transport, events, socket } = setup();
    const seen: string[] = [];
    transport.subscribe(() => {
      throw new Error('listener bug');
    });
    const off = transport.subscribe((e) => seen.push(e.type));
    socket().open();
    off();
    socket().receive(JSON.stringify({ type: 'full' }));
    expect(seen).toEqual(['state']);
    expect(events.at(-1)).toMatchObject({ type: 'room', message: { type: 'full' } });
  });
});
