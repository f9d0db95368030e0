import { beforeEach, describe, expect, it } from 'vitest';
import { TabSession, type TabTransport } from '../../../src/lib/calls/tab-call/session';
import { createBroadcastTransport } from '../../../src/lib/signaling/broadcast';
import type { LocalMedia } from '../../../src/lib/media/local-media';
import { FakePeerConnection, FakeStream, pairPeers, settle } from '../fakes/webrtc';
import { ChannelBus, ManualTimers } from '../signaling/fakes';
import { NegotiatingPeer } from './negotiating-peer';

const room = 'AbCdEfGhIjKlMnOpQrStUv';

/** Tabs of one browser: each a session on a BroadcastChannel transport over one fake bus. */
function browser(RTCPeerConnection: unknown = FakePeerConnection) {
  const bus = new ChannelBus();
  const timers = new ManualTimers();
  let clock = 1000;
  let tabs = 0;
  const sources: { media: LocalMedia; stopped: boolean }[] = [];
  const open = () => {
    const id = `tab${++tabs}`;
    const session = new TabSession({
      RTCPeerConnection: RTCPeerConnection as new (config: RTCConfiguration) => RTCPeerConnection,
      openTransport: (_kind: TabTransport, name: string) =>
        createBroadcastTransport({ room: name, id, BroadcastChannel: bus.Channel, timers, now: () => clock++ }),
      openSource: () => {
        const entry = { media: null as unknown as LocalMedia, stopped: false };
        entry.media = {
          stream: new FakeStream() as unknown as MediaStream,
          stop: () => {
            entry.stopped = true;
          },
        };
        sources.push(entry);
        return Promise.resolve(entry.media);
      },
      now: () => clock,
    });
    session.join('broadcast', room);
    return session;
  };
  /** Lets the tabs' posts, timers and promises run. */
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) {
      bus.flush();
      timers.advance(300);
      await settle();
    }
  };
  return { open, flush, sources };
}

const reason = (session: TabSession, phase: string) => {
  const verdict = session.verdict(phase);
  return verdict.allowed ? 'allowed' : verdict.reason.code;
};

async function runAll(session: TabSession, phases: string[]): Promise<void> {
  for (const phase of phases) {
    const result = await session.run(phase);
    expect(result, phase).toEqual({ outcome: 'done' });
  }
}

beforeEach(() => pairPeers());

describe('a call across two tabs, by hand', () => {
  it('the first tab calls and the second answers; each phase opens only in the tab whose turn it is', async () => {
    const { open, flush } = browser();
    const caller = open();
    await flush();
    const callee = open();
    await flush();
    expect(caller.snapshot().role).toBe('caller');
    expect(callee.snapshot().role).toBe('callee');
    expect(caller.snapshot().room.status).toBe('ready');

    expect(reason(callee, 'create-offer')).toBe('other-side');
    expect(reason(caller, 'set-remote-offer')).toBe('other-side');
    expect(reason(caller, 'add-tracks')).toBe('no-peer');

    await caller.start('test-pattern');
    await callee.start('test-pattern');
    await runAll(caller, ['create-peer', 'add-tracks', 'create-offer']);
    expect(reason(callee, 'set-remote-offer')).toBe('no-peer');
    await runAll(callee, ['create-peer', 'add-tracks']);
    expect(reason(callee, 'set-remote-offer')).toBe('no-offer-received');
    await runAll(caller, ['set-local-offer']);
    await flush();
    expect(callee.snapshot().waiting.descriptions).toBe(1);
    expect(reason(caller, 'set-remote-answer')).toBe('no-answer-received');
    await runAll(callee, ['set-remote-offer', 'create-answer', 'set-local-answer']);
    await flush();
    await runAll(caller, ['set-remote-answer']);
    await flush();
    // Each side's candidates waited in the other's inbox until its reader applied them.
    expect(caller.snapshot().waiting.candidates).toBeGreaterThan(0);
    expect(callee.snapshot().waiting.candidates).toBeGreaterThan(0);
    await runAll(caller, ['add-candidates']);
    await runAll(callee, ['add-candidates']);
    expect(caller.snapshot().states.connectionState).toBe('connected');
    expect(callee.snapshot().states.connectionState).toBe('connected');
    expect(caller.snapshot().trails.signalingState).toEqual(['stable', 'have-local-offer', 'stable']);
    expect(callee.snapshot().trails.signalingState).toEqual(['stable', 'have-remote-offer', 'stable']);
    expect(callee.snapshot().remoteStream).not.toBeNull();
  });

  it('Hang Up on one side ends both: bye, connections closed, media stopped', async () => {
    const { open, flush, sources } = browser();
    const caller = open();
    await flush();
    const callee = open();
    await flush();
    await caller.start('test-pattern');
    await callee.start('test-pattern');
    await runAll(caller, ['create-peer', 'add-tracks', 'create-offer', 'set-local-offer']);
    await flush();
    await runAll(callee, ['create-peer', 'set-remote-offer']);
    const calleePc = callee.connection();
    await callee.run('hang-up');
    await flush();
    expect(calleePc?.signalingState).toBe('closed');
    expect(caller.connection()).toBeNull();
    expect(caller.snapshot().status).toBe('ended');
    expect(caller.snapshot().notice).toBe('bye');
    expect(callee.snapshot().status).toBe('ended');
    expect(sources.every((source) => source.stopped)).toBe(true);
    // Both stay in the room, ready to call again.
    expect(caller.snapshot().room.status).toBe('ready');
    expect(reason(caller, 'create-peer')).toBe('allowed');
  });

  it('a third tab finds the room full; a tab that leaves is seen to go, and a new one takes its place', async () => {
    const { open, flush } = browser();
    const first = open();
    await flush();
    const second = open();
    await flush();
    const third = open();
    await flush();
    expect(third.snapshot().room.status).toBe('full');
    expect(reason(third, 'create-peer')).toBe('no-room');
    third.leave();
    second.leave();
    await flush();
    expect(first.snapshot().room.status).toBe('waiting');
    expect(first.snapshot().roomNotice).toBe('peer-left');
    const again = open();
    await flush();
    expect(again.snapshot().role).toBe('callee');
    expect(first.snapshot().room.status).toBe('ready');
    expect(first.snapshot().roomNotice).toBeNull();
  });

  it('refuses the phases in automatic mode, and the automatic Call by hand', async () => {
    const { open, flush } = browser();
    const tab = open();
    await flush();
    expect(tab.callVerdict()).toMatchObject({ allowed: false, reason: { code: 'by-hand' } });
    expect(tab.setMode('automatic')).toBe(true);
    expect(reason(tab, 'create-peer')).toBe('automatic');
    expect(tab.callVerdict()).toMatchObject({ allowed: false, reason: { code: 'alone' } });
  });
});

describe('a call across two tabs, automatic', () => {
  it('Call on one side: perfect negotiation offers, the other answers with its own camera, both stable', async () => {
    const { open, flush } = browser(NegotiatingPeer);
    const a = open();
    await flush();
    const b = open();
    await flush();
    for (const tab of [a, b]) {
      tab.setMode('automatic');
      await tab.start('test-pattern');
    }
    expect(b.call()).toEqual({ outcome: 'done' });
    await flush();
    const pcA = a.connection() as unknown as NegotiatingPeer;
    const pcB = b.connection() as unknown as NegotiatingPeer;
    expect(pcB.trail).toEqual(['stable', 'have-local-offer', 'stable']);
    expect(pcA.trail).toEqual(['stable', 'have-remote-offer', 'stable']);
    // The answering side sends its camera too.
    expect(pcA.senders).toHaveLength(1);
    expect(a.setMode('by-hand')).toBe(false);
    a.hangUp();
    await flush();
    expect(b.snapshot().status).toBe('ended');
    expect(pcB.signalingState).toBe('closed');
  });
});
