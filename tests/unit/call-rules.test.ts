import { describe, expect, it } from 'vitest';
import { deliverVerdict, verdict, type CallView, type PeerView } from '../../src/lib/calls/video-loopback/rules';
import type { PhaseId } from '../../src/lib/calls/video-loopback/ids';

const peer = (signalingState: RTCSignalingState, extra: Partial<PeerView> = {}): PeerView => ({
  signalingState,
  iceGatheringState: 'new',
  iceConnectionState: 'new',
  connectionState: 'new',
  hasRemoteDescription: false,
  ...extra,
});

const base: CallView = {
  status: 'idle',
  busy: null,
  hasStream: false,
  peers: { local: null, remote: null },
  tracksAdded: false,
  hasOffer: false,
  hasAnswer: false,
  outbox: { local: 0, remote: 0 },
};

/** The views a correct call passes through, in order. */
const start = base;
const streaming: CallView = { ...base, status: 'active', hasStream: true };
const peers: CallView = { ...streaming, peers: { local: peer('stable'), remote: peer('stable') } };
const tracks: CallView = { ...peers, tracksAdded: true };
const offered: CallView = { ...tracks, hasOffer: true };
const localOffer: CallView = {
  ...offered,
  peers: { local: peer('have-local-offer', { iceGatheringState: 'complete' }), remote: peer('stable') },
  outbox: { local: 1, remote: 0 },
};
const remoteOffer: CallView = {
  ...localOffer,
  peers: { local: localOffer.peers.local, remote: peer('have-remote-offer', { hasRemoteDescription: true }) },
};
const answered: CallView = { ...remoteOffer, hasAnswer: true };
const localAnswer: CallView = {
  ...answered,
  peers: { local: localOffer.peers.local, remote: peer('stable', { hasRemoteDescription: true }) },
  outbox: { local: 1, remote: 1 },
};
const connectedish: CallView = {
  ...localAnswer,
  peers: { local: peer('stable', { hasRemoteDescription: true }), remote: localAnswer.peers.remote },
};

type Row = [string, CallView, PhaseId, true | { code: string; mistake: boolean; params?: Record<string, string> }];

const rows: Row[] = [
  ['a fresh page may ask for the camera', start, 'get-user-media', true],
  ['nothing else can run before the camera', start, 'create-peers', { code: 'no-stream', mistake: false }],
  ['no offer without peers', start, 'create-offer', { code: 'no-peers', mistake: false }],
  ['a second getUserMedia is refused', streaming, 'get-user-media', { code: 'has-stream', mistake: false }],
  ['with a stream the peers can be made', streaming, 'create-peers', true],
  ['peers are made once', peers, 'create-peers', { code: 'peers-exist', mistake: false, params: { state: 'stable' } }],
  ['tracks go in after the peers exist', peers, 'add-tracks', true],
  [
    'an offer without tracks is a mistake the browser allows',
    peers,
    'create-offer',
    { code: 'no-tracks', mistake: true },
  ],
  ['adding the same tracks twice is a mistake', tracks, 'add-tracks', { code: 'tracks-added', mistake: true }],
  ['with tracks Alice can offer', tracks, 'create-offer', true],
  ['Bob cannot take an offer that does not exist', tracks, 'set-remote-offer', { code: 'no-offer', mistake: false }],
  ['Alice sets her offer', offered, 'set-local-offer', true],
  [
    'an offer is created once',
    offered,
    'create-offer',
    { code: 'offer-exists', mistake: true, params: { state: 'stable' } },
  ],
  [
    'Bob should wait until Alice has set her offer',
    offered,
    'set-remote-offer',
    { code: 'offer-not-set-locally', mistake: true, params: { state: 'stable' } },
  ],
  [
    "Bob can't answer yet: he has no remote offer",
    localOffer,
    'create-answer',
    { code: 'bob-no-offer', mistake: true, params: { state: 'stable' } },
  ],
  ['Bob takes the offer', localOffer, 'set-remote-offer', true],
  [
    "Alice's candidates must wait until Bob has the offer",
    localOffer,
    'exchange-ice',
    { code: 'candidates-early', mistake: true, params: { state: 'stable' } },
  ],
  ['Bob can answer once he has the offer', remoteOffer, 'create-answer', true],
  [
    'Alice cannot take an answer that does not exist',
    remoteOffer,
    'set-remote-answer',
    { code: 'no-answer', mistake: false },
  ],
  ["Alice's candidates can go to Bob once he has the offer", remoteOffer, 'exchange-ice', true],
  ['Bob sets his answer', answered, 'set-local-answer', true],
  ['Bob answers once', answered, 'create-answer', { code: 'answer-exists', mistake: true }],
  [
    'Alice should wait for Bob to set his answer',
    answered,
    'set-remote-answer',
    { code: 'answer-not-set-locally', mistake: true, params: { state: 'have-remote-offer' } },
  ],
  ['Alice takes the answer', localAnswer, 'set-remote-answer', true],
  [
    'Bob cannot set his answer twice',
    localAnswer,
    'set-local-answer',
    { code: 'bob-no-offer', mistake: true, params: { state: 'stable' } },
  ],
  [
    'an answer after the call is settled is a mistake',
    connectedish,
    'set-remote-answer',
    { code: 'alice-not-waiting', mistake: true, params: { state: 'stable' } },
  ],
  ['candidates flow both ways once both have descriptions', connectedish, 'exchange-ice', true],
  [
    'no candidates to deliver before any setLocalDescription',
    tracks,
    'exchange-ice',
    { code: 'no-candidates', mistake: false, params: { state: 'new' } },
  ],
  ['hang-up is always allowed, even with nothing to hang up', start, 'hang-up', true],
  [
    'while a phase runs, every other waits',
    { ...tracks, busy: 'create-offer' },
    'set-local-offer',
    { code: 'busy', mistake: false, params: { phase: 'create-offer' } },
  ],
  ['hang-up still works while a phase runs', { ...tracks, busy: 'create-offer' }, 'hang-up', true],
  [
    'a failed call only allows hang-up',
    { ...tracks, status: 'failed' },
    'create-offer',
    { code: 'failed', mistake: false },
  ],
];

describe('verdict', () => {
  it.each(rows)('%s', (_story, view, phase, expected) => {
    const result = verdict(view, phase);
    if (expected === true) {
      expect(result).toEqual({ allowed: true });
    } else {
      expect(result).toEqual({
        allowed: false,
        mistake: expected.mistake,
        reason: { code: expected.code, params: expected.params ?? expect.any(Object) },
      });
    }
  });
});

describe('deliverVerdict', () => {
  it.each<[string, CallView, 'local' | 'remote', true | string]>([
    ["Alice's candidate can go once Bob has the offer", remoteOffer, 'local', true],
    ["Alice's candidate is early before Bob has the offer", localOffer, 'local', 'candidates-early'],
    ['Bob has nothing gathered yet', remoteOffer, 'remote', 'no-candidates'],
    ["Bob's candidate is early until Alice has the answer", localAnswer, 'remote', 'candidates-early'],
    ["Bob's candidate can go once Alice has the answer", connectedish, 'remote', true],
  ])('%s', (_story, view, from, expected) => {
    const result = deliverVerdict(view, from);
    if (expected === true) expect(result.allowed).toBe(true);
    else expect(result).toMatchObject({ allowed: false, reason: { code: expected } });
  });
});
