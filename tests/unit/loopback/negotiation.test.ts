import { describe, expect, it } from 'vitest';
import type { LoopbackContext } from '../../../src/lib/loopback/context';
import { negotiationMistake } from '../../../src/lib/loopback/negotiation-mistakes';
import {
  createPeersPhase,
  offerAnswerPhases,
  phaseMaker,
  type NegotiationFunctions,
} from '../../../src/lib/loopback/negotiation-spec';
import { negotiationView, type Negotiating } from '../../../src/lib/loopback/negotiation-view';
import { no, yes } from '../../../src/lib/runner/verdict';

type View = { readonly allow: readonly string[] };
type Call = LoopbackContext & { readonly ran: string[] };

/** A call's own phase functions that only record that they ran (and with which mistake mode, for the exchange). */
const ran =
  (name: string) =>
  async (call: Call): Promise<void> =>
    void call.ran.push(name);
const recording: NegotiationFunctions<Call> = {
  offer: [ran('createOffer'), ran('setLocalOffer'), ran('setRemoteOffer')],
  answer: [ran('createAnswer'), ran('setLocalAnswer'), ran('setRemoteAnswer')],
  exchangeIce: async (call, evenIfEarly) => void call.ran.push(`exchangeIce(${String(evenIfEarly)})`),
};
const createPeers = (call: Call): void => void call.ran.push('createPeers');

const phase = phaseMaker<string, Call, View>(
  (view, id) => (view.allow.includes(id) ? yes : no(`not-${id}`)),
  (id, error) => `${id}:${error.name}`,
);

const callWith = (mistakeMode: boolean): Call => ({ ran: [], mistakeMode }) as unknown as Call;

describe('the negotiation phases every loopback call shares', () => {
  it("gives each phase the call's own rule and mistake explanation, asked with that phase's id", () => {
    const made = phase('set-local-offer', { peer: 'local', call: 'x', shows: [], run: () => undefined });
    expect(made.rule({ allow: ['set-local-offer'] })).toEqual(yes);
    expect(made.rule({ allow: [] })).toEqual(no('not-set-local-offer'));
    expect(made.mistake?.({ name: 'InvalidStateError', message: '' })).toBe('set-local-offer:InvalidStateError');
  });

  it('lists the offer, the answer and the exchange in order, each running and showing its own function', async () => {
    const phases = offerAnswerPhases(phase, recording);
    expect(phases.map((p) => [p.id, p.peer, p.shows])).toEqual([
      ['create-offer', 'local', ['createOffer']],
      ['set-local-offer', 'local', ['setLocalOffer']],
      ['set-remote-offer', 'remote', ['setRemoteOffer']],
      ['create-answer', 'remote', ['createAnswer']],
      ['set-local-answer', 'remote', ['setLocalAnswer']],
      ['set-remote-answer', 'local', ['setRemoteAnswer']],
      ['exchange-ice', null, ['exchangeIce', 'deliverCandidate']],
    ]);
    const call = callWith(false);
    for (const p of phases) await p.run(call);
    expect(call.ran).toEqual([
      'createOffer',
      'setLocalOffer',
      'setRemoteOffer',
      'createAnswer',
      'setLocalAnswer',
      'setRemoteAnswer',
      'exchangeIce(false)',
    ]);
  });

  it('expects the signaling states a correct call reaches and reports the descriptions each phase sets', () => {
    const byId = Object.fromEntries(offerAnswerPhases(phase, recording).map((p) => [p.id, p]));
    expect(byId['set-local-offer']).toMatchObject({
      expect: { local: 'have-local-offer' },
      describes: { peer: 'local', side: 'local' },
    });
    expect(byId['set-remote-offer']).toMatchObject({
      expect: { remote: 'have-remote-offer' },
      describes: { peer: 'remote', side: 'remote' },
    });
    expect(byId['set-local-answer']).toMatchObject({
      expect: { remote: 'stable' },
      describes: { peer: 'remote', side: 'local' },
    });
    expect(byId['set-remote-answer']).toMatchObject({
      expect: { local: 'stable' },
      describes: { peer: 'local', side: 'remote' },
    });
    expect(byId['create-offer']?.expect).toBeUndefined();
  });

  it('delivers candidates early only in mistake mode, to show the browser’s refusal', async () => {
    const exchange = offerAnswerPhases(phase, recording).at(-1);
    const call = callWith(true);
    await exchange?.run(call);
    expect(call.ran).toEqual(['exchangeIce(true)']);
  });

  it('creates both peers in one phase that starts their trails and expects both stable', async () => {
    const made = createPeersPhase(phase, createPeers);
    expect(made).toMatchObject({ id: 'create-peers', peer: null, createsPeers: true, shows: ['createPeers'] });
    expect(made.expect).toEqual({ local: 'stable', remote: 'stable' });
    const call = callWith(false);
    await made.run(call);
    expect(call.ran).toEqual(['createPeers']);
  });
});

describe('the shared explanation of a negotiation error', () => {
  it.each([
    ['any phase', 'set-local-offer', 'MissingStepError', 'nothing-received'],
    ['a candidate before the description', 'exchange-ice', 'InvalidStateError', 'candidate-before-description'],
    ['an answer with no offer', 'create-answer', 'InvalidStateError', 'answer-without-offer'],
    ['an answer set with no offer', 'set-local-answer', 'InvalidStateError', 'answer-without-offer'],
    ['an answer to nobody', 'set-remote-answer', 'InvalidStateError', 'answer-to-nobody'],
    ['an offer in the wrong state', 'create-offer', 'InvalidStateError', 'offer-in-wrong-state'],
    ['an offer set in the wrong state', 'set-local-offer', 'InvalidStateError', 'offer-in-wrong-state'],
    ['a remote offer in the wrong state', 'set-remote-offer', 'InvalidStateError', 'description-in-wrong-state'],
    ['another error of a known phase', 'set-remote-offer', 'OperationError', 'other'],
    ['a phase of the call’s own', 'create-channel', 'InvalidStateError', 'other'],
  ])('%s', (_story, phaseId, name, code) => {
    expect(negotiationMistake(phaseId, { name, message: '' })).toBe(code);
  });
});

describe('the view the negotiation rules read', () => {
  const pc = (signalingState: RTCSignalingState, remote: boolean) =>
    ({
      signalingState,
      iceGatheringState: 'gathering',
      iceConnectionState: 'checking',
      connectionState: 'connecting',
      remoteDescription: remote ? { type: 'offer', sdp: '' } : null,
    }) as unknown as RTCPeerConnection;
  const inbox = (candidates: number) => ({ count: (type: string) => (type === 'candidate' ? candidates : 0) });

  it("reads both peers' states, the descriptions made, and each peer's candidates waiting at the other", () => {
    const call = {
      pc: { local: pc('have-local-offer', false), remote: null },
      inbox: { local: inbox(1), remote: inbox(3) },
      offer: { type: 'offer', sdp: '' },
      answer: null,
    } as unknown as Negotiating;
    expect(negotiationView(call, { status: 'active', busy: null })).toEqual({
      status: 'active',
      busy: null,
      peers: {
        local: {
          signalingState: 'have-local-offer',
          iceGatheringState: 'gathering',
          connectionState: 'connecting',
          hasRemoteDescription: false,
        },
        remote: null,
      },
      hasOffer: true,
      hasAnswer: false,
      outbox: { local: 3, remote: 1 },
    });
  });
});
