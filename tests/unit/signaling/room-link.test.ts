import { describe, expect, it } from 'vitest';
import { readRoomLink, roomLink } from '../../../src/components/signal/room-link.ts';

const page = 'http://127.0.0.1:4321/steps/07-signaling/';
const room = 'q7Xz0bH2mVYc-4T9aLr1_w';

describe('the lab link: a room and a transport in the address, shareable', () => {
  it.each<[string, string, ReturnType<typeof readRoomLink>]>([
    ['nothing asked', page, { room: null, transport: null }],
    ['a valid room', `${page}?room=${room}`, { room, transport: null }],
    ['a room too short to be random', `${page}?room=abc`, { room: null, transport: null }],
    ['a known transport', `${page}?room=${room}&transport=websocket`, { room, transport: 'websocket' }],
    ['an unknown transport', `${page}?transport=carrier-pigeon`, { room: null, transport: null }],
  ])('%s', (_name, href, expected) => {
    expect(readRoomLink(href)).toEqual(expected);
  });

  it('keeps ?signal= and names the transport unless it is the default', () => {
    const signal = 'ws://127.0.0.1:8797/signal';
    const withSignal = `${page}?signal=${encodeURIComponent(signal)}#lab`;
    const link = new URL(roomLink(withSignal, room, 'websocket'));
    expect(link.searchParams.get('signal')).toBe(signal);
    expect(link.searchParams.get('room')).toBe(room);
    expect(link.searchParams.get('transport')).toBe('websocket');
    expect(link.hash).toBe('');
    expect(new URL(roomLink(link.href, room, 'broadcast')).searchParams.has('transport')).toBe(false);
  });
});
