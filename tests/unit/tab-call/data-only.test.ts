import { beforeEach, describe, expect, it } from 'vitest';
import { TabSession } from '../../../src/lib/calls/tab-call/session';
import { createBroadcastTransport } from '../../../src/lib/signaling/broadcast';
import { settle } from '../fakes/webrtc';
import { ChannelBus, ManualTimers } from '../signaling/fakes';
import { NegotiatingPeer } from './negotiating-peer';

const room = 'AbCdEfGhIjKlMnOpQrStUv';

describe('a call of data channels only (chapter 9 between two tabs)', () => {
  let bus: ChannelBus;
  let timers: ManualTimers;
  let clock = 1000;
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) {
      bus.flush();
      timers.advance(300);
      await settle();
    }
  };
  /** A tab in automatic mode; `seen` records each connection handed to `onConnection`, with its state then. */
  const tab = (id: string, dataOnly: boolean, seen: { state: RTCSignalingState; described: boolean }[]) => {
    const session = new TabSession({
      RTCPeerConnection: NegotiatingPeer as unknown as new (config: RTCConfiguration) => RTCPeerConnection,
      openTransport: (_kind, name) =>
        createBroadcastTransport({ room: name, id, BroadcastChannel: bus.Channel, timers, now: () => clock++ }),
      openSource: () => Promise.reject(new Error('no camera in this test')),
      now: () => clock,
      dataOnly,
      onConnection: (pc) => seen.push({ state: pc.signalingState, described: pc.localDescription !== null }),
    });
    session.setMode('automatic');
    session.join('broadcast', room);
    return session;
  };

  beforeEach(() => {
    bus = new ChannelBus();
    timers = new ManualTimers();
  });

  it('calls without a camera, and hands each side its connection before it negotiates', async () => {
    const seenA: { state: RTCSignalingState; described: boolean }[] = [];
    const seenB: typeof seenA = [];
    const a = tab('tabA', true, seenA);
    await flush();
    const b = tab('tabB', true, seenB);
    await flush();
    expect(a.callVerdict()).toEqual({ allowed: true });
    expect(a.call()).toEqual({ outcome: 'done' });
    await flush();
    const pcA = a.connection() as unknown as NegotiatingPeer;
    const pcB = b.connection() as unknown as NegotiatingPeer;
    expect(pcA.trail).toEqual(['stable', 'have-local-offer', 'stable']);
    expect(pcB.trail).toEqual(['stable', 'have-remote-offer', 'stable']);
    expect(seenA).toEqual([{ state: 'stable', described: false }]);
    expect(seenB).toEqual([{ state: 'stable', described: false }]);
    expect(pcA.senders).toHaveLength(0);
    a.hangUp();
    await flush();
    expect(b.connection()).toBeNull();
    expect(b.snapshot().notice).toBe('bye');
  });

  it('without dataOnly, the automatic Call still needs a camera (chapter 8 unchanged)', async () => {
    const a = tab('tabA', false, []);
    await flush();
    tab('tabB', false, []);
    await flush();
    expect(a.callVerdict()).toMatchObject({ allowed: false, reason: { code: 'no-stream' } });
    expect(a.call()).toMatchObject({ outcome: 'refused', reason: { code: 'no-stream' } });
    expect(a.connection()).toBeNull();
  });
});
