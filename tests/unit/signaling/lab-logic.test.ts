import { describe, expect, it } from 'vitest';
import { waitForGathering } from '../../../src/lib/signaling/manual-peer.ts';
import { logEntryOf } from '../../../src/lib/signaling/message-log.ts';
import { foldRoom, idleRoom, type RoomView } from '../../../src/lib/signaling/room-status.ts';
import type { TransportEvent } from '../../../src/lib/signaling/types';
import { ManualTimers } from './fakes.ts';

const room = 'AbCdEfGhIjKlMnOpQrStUv';
const roomEvent = (message: Extract<TransportEvent, { type: 'room' }>['message']): TransportEvent => ({
  type: 'room',
  message,
  size: 40,
});
const state = (s: Extract<TransportEvent, { type: 'state' }>['state']): TransportEvent => ({ type: 'state', state: s });
const fold = (events: TransportEvent[], from: RoomView = idleRoom) => events.reduce(foldRoom, from);

describe('foldRoom: where one side stands in its room', () => {
  it.each<[string, TransportEvent[], RoomView['status'], boolean | null]>([
    [
      'alone after joining an empty room',
      [roomEvent({ type: 'joined', room, polite: false, peers: 1 })],
      'waiting',
      false,
    ],
    [
      'with the other peer when joining a pair',
      [roomEvent({ type: 'joined', room, polite: true, peers: 2 })],
      'ready',
      true,
    ],
    [
      'ready once the other peer arrives',
      [roomEvent({ type: 'joined', room, polite: false, peers: 1 }), roomEvent({ type: 'peer-joined' })],
      'ready',
      false,
    ],
    [
      'waiting again when the other peer leaves, keeping its role',
      [roomEvent({ type: 'joined', room, polite: true, peers: 2 }), roomEvent({ type: 'peer-left' })],
      'waiting',
      true,
    ],
    ['full, with no role, when the room has two', [roomEvent({ type: 'full' })], 'full', null],
    ['unchanged while the socket connects and opens', [state('connecting'), state('open')], 'idle', null],
    [
      'idle after the transport closed',
      [roomEvent({ type: 'joined', room, polite: false, peers: 1 }), state('closed')],
      'idle',
      null,
    ],
  ])('%s', (_name, events, status, polite) => {
    const view = fold(events);
    expect(view.status).toBe(status);
    expect(view.polite).toBe(polite);
  });

  it('turns to error while the server cannot be reached, and back once it joins again', () => {
    const joined = fold([roomEvent({ type: 'joined', room, polite: false, peers: 1 })]);
    const cut = foldRoom(joined, state('reconnecting'));
    expect(cut).toMatchObject({ status: 'error', problem: 'unreachable' });
    expect(foldRoom(cut, state('failed'))).toMatchObject({ status: 'error', problem: 'failed' });
    expect(foldRoom(cut, roomEvent({ type: 'joined', room, polite: false, peers: 1 }))).toMatchObject({
      status: 'waiting',
      problem: null,
    });
  });

  it('records a refused message without leaving the room, but an expired room is an error', () => {
    const ready = fold([roomEvent({ type: 'joined', room, polite: true, peers: 2 })]);
    const refused = foldRoom(ready, roomEvent({ type: 'error', code: 'no-peer', message: 'x' }));
    expect(refused).toMatchObject({ status: 'ready', lastError: 'no-peer' });
    const expired = foldRoom(ready, roomEvent({ type: 'error', code: 'room-expired', message: 'x' }));
    expect(expired).toMatchObject({ status: 'error', problem: 'room-expired' });
  });
});

describe('logEntryOf: one log line per message, none for state changes', () => {
  const at = 1234;
  it.each<[string, TransportEvent, Partial<ReturnType<typeof logEntryOf>> | undefined]>([
    [
      'a sent offer',
      { type: 'sent', message: { type: 'description', description: { type: 'offer', sdp: 'v=0' } }, size: 80 },
      { direction: 'out', type: 'description', detail: 'offer', size: 80, code: null },
    ],
    [
      'a received end of candidates',
      { type: 'signal', message: { type: 'candidate', candidate: null }, from: 'abc', size: 30 },
      { direction: 'in', type: 'candidate', detail: 'end', size: 30 },
    ],
    [
      'a received bye',
      { type: 'signal', message: { type: 'bye' }, from: null, size: 14 },
      { direction: 'in', type: 'bye', detail: null },
    ],
    [
      'the joined answer with the role',
      roomEvent({ type: 'joined', room, polite: true, peers: 2 }),
      { direction: 'in', type: 'joined', detail: 'polite' },
    ],
    [
      'a server error with its code',
      roomEvent({ type: 'error', code: 'no-peer', message: 'nobody' }),
      { direction: 'in', type: 'error', detail: 'no-peer' },
    ],
    [
      'a rejected frame with its code',
      { type: 'rejected', code: 'not-for-us', size: 99, preview: '{}' },
      { direction: 'in', type: 'rejected', code: 'not-for-us', size: 99 },
    ],
    ['no line for a state change', state('open'), undefined],
  ])('%s', (_name, event, expected) => {
    const entry = logEntryOf(event, at);
    if (expected === undefined) expect(entry).toBeUndefined();
    else expect(entry).toMatchObject({ ...expected, at });
  });
});

class FakeGatherer extends EventTarget {
  iceGatheringState: RTCIceGatheringState = 'gathering';
  complete(): void {
    this.iceGatheringState = 'complete';
    this.dispatchEvent(new Event('icegatheringstatechange'));
  }
}

describe('waitForGathering: no trickle, so wait for every candidate, but not forever', () => {
  it('resolves complete when gathering completes before the timeout, and clears its timer', async () => {
    const timers = new ManualTimers();
    const pc = new FakeGatherer();
    const done = waitForGathering(pc as unknown as RTCPeerConnection, timers, 5000);
    timers.advance(100);
    pc.complete();
    await expect(done).resolves.toBe('complete');
    expect(timers.waiting).toEqual([]);
  });

  it('resolves timeout when gathering never completes', async () => {
    const timers = new ManualTimers();
    const pc = new FakeGatherer();
    const done = waitForGathering(pc as unknown as RTCPeerConnection, timers, 5000);
    timers.advance(4999);
    expect(timers.waiting).toEqual([1]);
    timers.advance(1);
    await expect(done).resolves.toBe('timeout');
  });

  it('resolves at once when gathering is already complete', async () => {
    const pc = new FakeGatherer();
    pc.iceGatheringState = 'complete';
    await expect(waitForGathering(pc as unknown as RTCPeerConnection, new ManualTimers(), 5000)).resolves.toBe(
      'complete',
    );
  });
});
