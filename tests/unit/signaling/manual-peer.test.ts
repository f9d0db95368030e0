import { describe, expect, it } from 'vitest';
import { createManualPeer, type ManualPeerEvent } from '../../../src/lib/signaling/manual-peer.ts';
import { ManualTimers } from './fakes.ts';

/** Just enough of a peer connection for the copy/paste peer: gathering completes as soon as a description is set. */
class GatheringPeer extends EventTarget {
  static failSetRemote: string | null = null;
  iceGatheringState: RTCIceGatheringState = 'new';
  connectionState: RTCPeerConnectionState = 'new';
  localDescription: { type: RTCSdpType; sdp: string } | null = null;
  closed = false;
  createDataChannel(label: string) {
    return Object.assign(new EventTarget(), { label, readyState: 'connecting', close() {}, send() {} });
  }
  async createOffer() {
    return { type: 'offer' as const, sdp: 'v=0\r\noffer' };
  }
  async createAnswer() {
    return { type: 'answer' as const, sdp: 'v=0\r\nanswer' };
  }
  async setLocalDescription(description: { type: RTCSdpType; sdp: string }) {
    this.localDescription = { ...description, sdp: `${description.sdp}\r\na=candidate:1 1 udp 1 192.0.2.1 9 typ host` };
    this.iceGatheringState = 'gathering';
    queueMicrotask(() => {
      this.iceGatheringState = 'complete';
      this.dispatchEvent(new Event('icegatheringstatechange'));
    });
  }
  async setRemoteDescription() {
    const name = GatheringPeer.failSetRemote;
    GatheringPeer.failSetRemote = null;
    if (name) throw Object.assign(new Error('refused'), { name });
  }
  close() {
    this.closed = true;
  }
}

const make = () => {
  const events: ManualPeerEvent[] = [];
  const peer = createManualPeer({
    RTCPeerConnection: GatheringPeer as unknown as typeof RTCPeerConnection,
    timers: new ManualTimers(),
  });
  peer.subscribe((event) => events.push(event));
  const phases = () => events.flatMap((e) => (e.type === 'phase' ? [e.phase] : []));
  return { peer, phases };
};

describe('the copy/paste peer', () => {
  it('hands out its offer only once gathering is complete, candidates included', async () => {
    const { peer, phases } = make();
    const step = await peer.createOffer();
    expect(step).toMatchObject({ ok: true, gathering: 'complete', description: { type: 'offer' } });
    expect(step.ok && step.description.sdp).toContain('a=candidate:');
    expect(phases()).toEqual(['gathering', 'offer-ready']);
  });

  it('answers an offer, and refuses an answer where an offer is due, and a second offer', async () => {
    const { peer, phases } = make();
    expect(await peer.acceptOffer({ type: 'answer', sdp: 'v=0' })).toMatchObject({ ok: false, code: 'not-an-offer' });
    expect(await peer.acceptOffer({ type: 'offer', sdp: 'v=0' })).toMatchObject({
      ok: true,
      description: { type: 'answer' },
    });
    expect(phases()).toEqual(['gathering', 'answer-ready']);
    expect(await peer.acceptOffer({ type: 'offer', sdp: 'v=0' })).toMatchObject({ ok: false, code: 'wrong-phase' });
    expect(peer.send('too early')).toBe(false);
  });

  it('takes an answer only after its own offer, and reports the browser refusing it by name', async () => {
    const { peer, phases } = make();
    expect(await peer.acceptAnswer({ type: 'answer', sdp: 'v=0' })).toMatchObject({ ok: false, code: 'wrong-phase' });
    await peer.createOffer();
    expect(await peer.acceptAnswer({ type: 'offer', sdp: 'v=0' })).toMatchObject({ ok: false, code: 'not-an-answer' });
    GatheringPeer.failSetRemote = 'InvalidAccessError';
    expect(await peer.acceptAnswer({ type: 'answer', sdp: 'v=0' })).toMatchObject({
      ok: false,
      code: 'InvalidAccessError',
    });
    expect(phases().at(-1)).toBe('failed');
  });

  it('closes once and reports nothing afterwards', async () => {
    const { peer, phases } = make();
    await peer.createOffer();
    peer.close();
    peer.close();
    expect(peer.phase).toBe('closed');
    expect(phases()).toEqual(['gathering', 'offer-ready', 'closed']);
  });
});
