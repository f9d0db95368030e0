import { describe, expect, it } from 'vitest';
import { broadcastChannelName, createBroadcastTransport } from '../../../src/lib/signaling/broadcast.ts';
import type { RoomMessage, Transport, TransportEvent } from '../../../src/lib/signaling/types';
import { ChannelBus, ManualTimers } from './fakes.ts';

const room = 'AbCdEfGhIjKlMnOpQrStUv';
const otherRoom = 'ZzZzZzZzZzZzZzZzZzZzZz';

interface Tab {
  readonly transport: Transport;
  readonly events: TransportEvent[];
  /** The room messages this tab reported, in order. */
  readonly rooms: () => RoomMessage[];
}

function world() {
  const bus = new ChannelBus();
  const timers = new ManualTimers();
  let clock = 1000;
  const open = (id: string, inRoom = room, at?: number): Tab => {
    const events: TransportEvent[] = [];
    const transport = createBroadcastTransport({
      room: inRoom,
      id,
      BroadcastChannel: bus.Channel,
      timers,
      now: () => at ?? clock++,
      settleMs: 200,
    });
    transport.subscribe((e) => events.push(e));
    return {
      transport,
      events,
      rooms: () => events.flatMap((e) => (e.type === 'room' ? [e.message] : [])),
    };
  };
  /** Delivers the posts and lets the settle timers run. */
  const settle = (): void => {
    bus.flush();
    timers.advance(200);
    bus.flush();
  };
  return { bus, timers, open, settle };
}

describe('BroadcastChannel transport: presence like the server', () => {
  it('a tab alone is joined, impolite, with one peer; a second tab joins it as the polite one', () => {
    const { open, settle } = world();
    const a = open('tabA');
    expect(a.transport.state).toBe('connecting');
    settle();
    expect(a.transport.state).toBe('open');
    expect(a.rooms()).toEqual([{ type: 'joined', room, polite: false, peers: 1 }]);
    const b = open('tabB');
    settle();
    expect(b.rooms()).toEqual([{ type: 'joined', room, polite: true, peers: 2 }]);
    expect(a.rooms().at(-1)).toEqual({ type: 'peer-joined' });
  });

  it('a third tab finds the room full and the pair is not disturbed', () => {
    const { open, settle, bus } = world();
    const a = open('tabA');
    settle();
    const b = open('tabB');
    settle();
    const c = open('tabC');
    settle();
    expect(c.rooms()).toEqual([{ type: 'full' }]);
    expect(c.transport.send({ type: 'bye' })).toBe(false);
    expect(a.transport.send({ type: 'bye' })).toBe(true);
    bus.flush();
    expect(b.events.at(-1)).toEqual({
      type: 'signal',
      message: { type: 'bye' },
      from: 'tabA',
      size: expect.any(Number),
    });
    // The full tab hears the pair's posts on the shared channel and drops them: they are addressed to another tab.
    expect(c.events.at(-1)).toMatchObject({ type: 'rejected', code: 'not-for-us' });
    expect(a.rooms()).toEqual([{ type: 'joined', room, polite: false, peers: 1 }, { type: 'peer-joined' }]);
  });

  it('relays both ways with sizes, and the sender sees a sent event', () => {
    const { open, settle, bus } = world();
    const a = open('tabA');
    settle();
    const b = open('tabB');
    settle();
    const sdp = 'v=0\r\n';
    expect(b.transport.send({ type: 'description', description: { type: 'offer', sdp } })).toBe(true);
    expect(b.events.at(-1)).toMatchObject({ type: 'sent', message: { type: 'description' } });
    bus.flush();
    expect(a.events.at(-1)).toMatchObject({
      type: 'signal',
      message: { type: 'description', description: { type: 'offer', sdp } },
      from: 'tabB',
    });
    a.transport.send({ type: 'candidate', candidate: null });
    bus.flush();
    expect(b.events.at(-1)).toMatchObject({ type: 'signal', message: { type: 'candidate', candidate: null } });
  });

  it('closing a tab says leave: the other gets peer-left, and a newcomer takes the opposite role of the one left', () => {
    const { open, settle } = world();
    const a = open('tabA');
    settle();
    const b = open('tabB');
    settle();
    a.transport.close();
    expect(a.transport.state).toBe('closed');
    settle();
    expect(b.rooms().at(-1)).toEqual({ type: 'peer-left' });
    expect(b.transport.send({ type: 'bye' })).toBe(false);
    const c = open('tabC');
    settle();
    // b stayed polite, so c is impolite: the pair still has one of each.
    expect(c.rooms()).toEqual([{ type: 'joined', room, polite: false, peers: 2 }]);
    expect(b.rooms().at(-1)).toEqual({ type: 'peer-joined' });
  });

  it('two tabs that arrive together agree: the earlier is impolite', () => {
    const { open, settle } = world();
    const late = open('tabZ', room, 2000);
    const early = open('tabY', room, 1500);
    settle();
    expect(early.rooms()).toEqual([{ type: 'joined', room, polite: false, peers: 2 }]);
    expect(late.rooms()).toEqual([{ type: 'joined', room, polite: true, peers: 2 }]);
  });

  it('three tabs that arrive together: the two earliest pair up, the third is full', () => {
    const { open, settle } = world();
    const c = open('tabC', room, 3000);
    const a = open('tabA', room, 1000);
    const b = open('tabB', room, 2000);
    settle();
    expect(a.rooms()).toEqual([{ type: 'joined', room, polite: false, peers: 2 }]);
    expect(b.rooms()).toEqual([{ type: 'joined', room, polite: true, peers: 2 }]);
    expect(c.rooms()).toEqual([{ type: 'full' }]);
  });

  it('tabs of other rooms do not meet', () => {
    const { open, settle } = world();
    const a = open('tabA');
    const x = open('tabX', otherRoom);
    settle();
    expect(a.rooms()).toEqual([{ type: 'joined', room, polite: false, peers: 1 }]);
    expect(x.rooms()).toEqual([{ type: 'joined', room: otherRoom, polite: false, peers: 1 }]);
    expect(a.events).toContainEqual(expect.objectContaining({ type: 'rejected', code: 'wrong-room' }));
  });
});

describe('BroadcastChannel transport: everything received is validated', () => {
  const valid = { room, from: 'tabB', to: 'tabA' };
  it.each([
    ['garbage', 'not json', 'not-json'],
    ['a structured-clone object instead of text', { type: 'hello', room, from: 'x', since: 1 }, 'not-json'],
    ['an oversized post', JSON.stringify({ type: 'leave', room, from: 'tabB', pad: 'x'.repeat(70_000) }), 'too-large'],
    ['an unknown type', JSON.stringify({ type: 'shout', room, from: 'tabB' }), 'unknown-type'],
    ['a bad room id', JSON.stringify({ type: 'leave', room: '../etc', from: 'tabB' }), 'bad-field'],
    [
      'a signal with a bad description',
      JSON.stringify({
        ...valid,
        type: 'signal',
        message: { type: 'description', description: { type: 'offer', sdp: 'x' } },
      }),
      'bad-field',
    ],
    ['our own id', JSON.stringify({ type: 'leave', room, from: 'tabA' }), 'own-message'],
    ['another room', JSON.stringify({ type: 'leave', room: otherRoom, from: 'tabB' }), 'wrong-room'],
    [
      'a post for another tab',
      JSON.stringify({ ...valid, to: 'tabQ', type: 'signal', message: { type: 'bye' } }),
      'not-for-us',
    ],
    [
      'a signal from a tab we are not paired with',
      JSON.stringify({ ...valid, type: 'signal', message: { type: 'bye' } }),
      'not-joined',
    ],
  ])('drops %s and reports it as rejected', (_name, data, code) => {
    const { open, settle, bus } = world();
    const a = open('tabA');
    settle();
    bus.inject(broadcastChannelName, data);
    bus.flush();
    expect(a.events.at(-1)).toMatchObject({ type: 'rejected', code });
    expect(a.rooms()).toEqual([{ type: 'joined', room, polite: false, peers: 1 }]);
  });

  it('reports nothing after close and closes its channel', () => {
    const { open, settle, bus } = world();
    const a = open('tabA');
    settle();
    const count = a.events.length;
    a.transport.close();
    a.transport.close();
    bus.inject(broadcastChannelName, 'garbage');
    bus.flush();
    expect(a.events).toHaveLength(count + 1);
    expect(a.events.at(-1)).toEqual({ type: 'state', state: 'closed' });
    expect(bus.log.map((p) => JSON.parse(String(p.data)).type)).toEqual(['hello', 'leave']);
  });
});
