import { beforeEach, describe, expect, it } from 'vitest';
import type { CallEvent } from '../../src/lib/call/types';
import { alice, bob, need, other, toCandidateInfo, type LoopbackContext } from '../../src/lib/loopback/context';
import { LoopbackSession, type LoopbackCallDef } from '../../src/lib/loopback/session';
import type { CallSpec, PhaseSpec } from '../../src/lib/runner/types';
import { no, yes } from '../../src/lib/runner/verdict';
import { FakePeerConnection, pairPeers, settle } from './fakes/webrtc';

/**
 * A second call, defined here and nowhere else: a data channel between two peers in one page, in a few phases. It
 * runs on the same runner, session and in-page transport as chapter 5's call, with none of them changed.
 */
interface DataCall extends LoopbackContext {
  channel: Record<'local' | 'remote', RTCDataChannel | null>;
  received: string[];
}

interface DataView {
  readonly peers: boolean;
  readonly channel: RTCDataChannelState | null;
  readonly offerWaiting: boolean;
  readonly answerWaiting: boolean;
  readonly candidates: number;
}

const phase = (spec: Omit<PhaseSpec<DataCall, DataView>, 'shows'>): PhaseSpec<DataCall, DataView> => ({
  ...spec,
  shows: [],
});

const dataSpec: CallSpec<DataCall, DataView> = {
  id: 'data-test',
  source: 'calls/none.ts',
  quickPath: ['create-peers', 'create-channel', 'offer', 'answer', 'accept'],
  phases: [
    phase({
      id: 'create-peers',
      peer: null,
      call: 'new RTCPeerConnection() ×2',
      createsPeers: true,
      expect: { local: 'stable', remote: 'stable' },
      rule: (v) => (v.peers ? no('peers-exist') : yes),
      run: (call) => {
        for (const peer of ['local', 'remote'] as const) {
          const pc = new call.RTCPeerConnection(call.config);
          pc.addEventListener('icecandidate', ({ candidate }) => {
            call.report.candidate(peer, candidate);
            if (candidate?.candidate)
              call.signal[peer].send({ type: 'candidate', candidate: toCandidateInfo(candidate) });
          });
          pc.addEventListener('connectionstatechange', () => call.report.state(peer, 'connectionState'));
          pc.addEventListener('datachannel', ({ channel }) => {
            call.channel.remote = channel;
            channel.addEventListener('message', ({ data }) => call.received.push(String(data)));
          });
          call.pc[peer] = pc;
        }
      },
    }),
    phase({
      id: 'create-channel',
      peer: 'local',
      call: "alice.createDataChannel('chat')",
      rule: (v) => (!v.peers ? no('no-peers') : v.channel ? no('channel-exists') : yes),
      run: (call) => {
        call.channel.local = alice(call).createDataChannel('chat');
      },
    }),
    phase({
      id: 'offer',
      peer: 'local',
      call: 'alice.setLocalDescription()',
      expect: { local: 'have-local-offer' },
      describes: { peer: 'local', side: 'local' },
      rule: (v) => (v.channel ? yes : no('no-channel')),
      run: async (call) => {
        const offer = await alice(call).createOffer();
        await alice(call).setLocalDescription(offer);
        call.signal.local.send({ type: 'description', description: { type: 'offer', sdp: offer.sdp ?? '' } });
      },
    }),
    phase({
      id: 'answer',
      peer: 'remote',
      call: 'bob.setRemoteDescription(offer); bob.setLocalDescription(answer)',
      expect: { remote: 'stable' },
      describes: { peer: 'remote', side: 'remote' },
      rule: (v) => (v.offerWaiting ? yes : no('no-offer')),
      run: async (call) => {
        const { description } = need(call.inbox.remote.take('description'), 'offer');
        await bob(call).setRemoteDescription(description);
        const answer = await bob(call).createAnswer();
        await bob(call).setLocalDescription(answer);
        call.signal.remote.send({ type: 'description', description: { type: 'answer', sdp: answer.sdp ?? '' } });
      },
    }),
    phase({
      id: 'accept',
      peer: 'local',
      call: 'alice.setRemoteDescription(answer)',
      expect: { local: 'stable' },
      describes: { peer: 'local', side: 'remote' },
      rule: (v) => (v.answerWaiting ? yes : no('no-answer')),
      run: async (call) => {
        const { description } = need(call.inbox.local.take('description'), 'answer');
        await alice(call).setRemoteDescription(description);
      },
    }),
    phase({
      id: 'deliver',
      peer: null,
      call: 'addIceCandidate(candidate)',
      rule: (v) => (v.candidates > 0 ? yes : no('no-candidates')),
      run: async (call) => {
        for (const from of ['local', 'remote'] as const) await deliver(call, from);
      },
    }),
    phase({
      id: 'send',
      peer: 'local',
      call: "channel.send('hello')",
      rule: (v) => (v.channel === 'open' ? yes : no('channel-not-open', { state: v.channel ?? 'none' }, true)),
      run: (call) => need(call.channel.local, 'channel').send('hello'),
    }),
    phase({
      id: 'hang-up',
      peer: null,
      call: 'alice.close(); bob.close()',
      anytime: true,
      ends: true,
      rule: () => yes,
      run: (call) => {
        for (const peer of ['local', 'remote'] as const) call.pc[peer]?.close();
      },
    }),
  ],
};

async function deliver(call: DataCall, from: 'local' | 'remote'): Promise<void> {
  const to = other(from);
  for (let m = call.inbox[to].peek('candidate'); m; m = call.inbox[to].peek('candidate')) {
    await need(call.pc[to], 'peer').addIceCandidate(need(m.candidate, 'candidate'));
    call.inbox[to].remove(m);
    call.report.delivered(from, need(m.candidate, 'candidate'));
  }
}

const dataDef: LoopbackCallDef<DataCall, DataView> = {
  spec: dataSpec,
  activatedBy: 'create-peers',
  hintAfter: 'accept',
  deliverPhase: 'deliver',
  context: (base) => Object.assign(base, { channel: { local: null, remote: null }, received: [] }),
  view: (call) => ({
    peers: call.pc.local !== null,
    channel: call.channel.local?.readyState ?? null,
    offerWaiting: call.inbox.remote.count('description') > 0,
    answerWaiting: call.inbox.local.count('description') > 0,
    candidates: call.inbox.local.count('candidate') + call.inbox.remote.count('candidate'),
  }),
  deliver,
  deliverRule: (view) => (view.candidates > 0 ? yes : no('no-candidates')),
};

function setup() {
  pairPeers();
  const session = new LoopbackSession(dataDef, {
    RTCPeerConnection: FakePeerConnection as unknown as new (config: RTCConfiguration) => RTCPeerConnection,
    now: () => performance.now(),
    setTimer: () => 0,
    clearTimer: () => undefined,
  });
  const events: CallEvent[] = [];
  session.subscribe((event) => events.push(event));
  return { session, events };
}

beforeEach(() => {
  FakePeerConnection.hang = null;
  FakePeerConnection.failNext = null;
});

describe('a second call on the same runner: a data channel in one page', () => {
  it('runs by hand to an open channel, carrying the descriptions and candidates through the in-page transport', async () => {
    const { session, events } = setup();
    for (const id of ['create-peers', 'create-channel', 'offer', 'answer', 'accept', 'deliver']) {
      expect(await session.run(id), id).toEqual({ outcome: 'done' });
      await settle();
    }
    expect(session.snapshot().view.channel).toBe('open');
    expect(await session.run('send')).toEqual({ outcome: 'done' });
    await settle();
    expect(session.context.received).toEqual(['hello']);
    expect(session.snapshot().trails.local.connectionState).toEqual(['new', 'connecting', 'connected']);
    const descriptions = events.filter((e) => e.type === 'description').map((e) => `${e.peer}:${e.side}:${e.sdpType}`);
    expect(descriptions).toEqual(['local:local:offer', 'remote:remote:offer', 'local:remote:answer']);
  });

  it("refuses a phase out of order with that call's own reason, and mistake mode shows the browser's error", async () => {
    const { session } = setup();
    expect(await session.run('answer')).toMatchObject({ outcome: 'refused', reason: { code: 'no-offer' } });
    await session.run('create-peers');
    await session.run('create-channel');
    expect(session.canRun('send')).toBe(false);
    session.mistakeMode = true;
    expect(await session.run('send')).toMatchObject({ outcome: 'error', error: { name: 'InvalidStateError' } });
    expect(session.snapshot()).toMatchObject({ status: 'active', mistake: { phase: 'send' } });
  });

  it('takes the quick path with candidates trickled, and hang-up closes both peers', async () => {
    const { session } = setup();
    expect(await session.quickCall()).toEqual({ outcome: 'done' });
    await settle();
    expect(session.snapshot().view.channel).toBe('open');
    expect(session.snapshot().outbox).toEqual({ local: [], remote: [] });
    const pcs = [session.connection('local'), session.connection('remote')];
    session.hangUp();
    expect(pcs.map((pc) => pc?.signalingState)).toEqual(['closed', 'closed']);
    expect(session.snapshot().status).toBe('ended');
  });
});
