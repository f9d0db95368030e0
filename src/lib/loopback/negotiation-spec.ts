/**
 * The phase specs every loopback call shares: creating both peers, and Alice's offer through the candidates'
 * exchange. Each call passes its own phase functions (the code its page shows) and its own `phase` helper (its rule
 * and mistake explanations), so only the data that is the same in every call lives here.
 */
import type { ErrorInfo } from '../call/types';
import type { PhaseSpec, Verdict } from '../runner/types';
import type { LoopbackContext } from './context';

/** A phase's data without what the call's `phase` helper adds (the id, its rule and its mistake explanation). */
export type PhaseData<C, V> = Omit<PhaseSpec<C, V>, 'id' | 'rule' | 'mistake'>;

/** Makes a call's `phase(id, data)` helper: each phase's rule and mistake explanation come from the call's own. */
export function phaseMaker<Id extends string, C, V>(
  verdict: (view: V, phase: Id) => Verdict,
  explainMistake: (phase: Id, error: ErrorInfo) => string,
): (id: Id, data: PhaseData<C, V>) => PhaseSpec<C, V> {
  return (id, data) => ({
    id,
    rule: (view) => verdict(view, id),
    mistake: (error) => explainMistake(id, error),
    ...data,
  });
}

/** The phases from the offer to the candidates' exchange, in the order a correct call runs them. */
export type OfferAnswerPhaseId =
  | 'create-offer'
  | 'set-local-offer'
  | 'set-remote-offer'
  | 'create-answer'
  | 'set-local-answer'
  | 'set-remote-answer'
  | 'exchange-ice';

type Run<C> = (call: C) => Promise<void>;

/**
 * The functions of a call's own `phases.ts` that the shared phases run, in the order they run. Each must keep the name
 * the page shows (`createOffer`, `setLocalOffer`, `setRemoteOffer`; `createAnswer`, `setLocalAnswer`,
 * `setRemoteAnswer`; `exchangeIce` and `deliverCandidate`). Passed one by one, not as the module, so the bundle never
 * builds a module object at run time.
 */
export interface NegotiationFunctions<C> {
  readonly offer: readonly [create: Run<C>, setLocal: Run<C>, setRemote: Run<C>];
  readonly answer: readonly [create: Run<C>, setLocal: Run<C>, setRemote: Run<C>];
  readonly exchangeIce: (call: C, evenIfEarly?: boolean) => Promise<void>;
}

/** Alice's and Bob's connections, made at once. */
export function createPeersPhase<C, V>(
  phase: (id: 'create-peers', data: PhaseData<C, V>) => PhaseSpec<C, V>,
  createPeers: (call: C) => void,
): PhaseSpec<C, V> {
  return phase('create-peers', {
    peer: null,
    call: 'new RTCPeerConnection(servers) ×2',
    shows: ['createPeers'],
    createsPeers: true,
    expect: { local: 'stable', remote: 'stable' },
    run: createPeers,
  });
}

/** Alice's offer, Bob's answer, each set on both sides, then the waiting candidates handed over. */
export function offerAnswerPhases<C extends LoopbackContext, V>(
  phase: (id: OfferAnswerPhaseId, data: PhaseData<C, V>) => PhaseSpec<C, V>,
  { offer, answer, exchangeIce }: NegotiationFunctions<C>,
): PhaseSpec<C, V>[] {
  return [
    phase('create-offer', {
      peer: 'local',
      call: 'alice.createOffer()',
      shows: ['createOffer'],
      run: offer[0],
    }),
    phase('set-local-offer', {
      peer: 'local',
      call: 'alice.setLocalDescription(offer)',
      shows: ['setLocalOffer'],
      expect: { local: 'have-local-offer' },
      describes: { peer: 'local', side: 'local' },
      run: offer[1],
    }),
    phase('set-remote-offer', {
      peer: 'remote',
      call: 'bob.setRemoteDescription(offer)',
      shows: ['setRemoteOffer'],
      expect: { remote: 'have-remote-offer' },
      describes: { peer: 'remote', side: 'remote' },
      run: offer[2],
    }),
    phase('create-answer', {
      peer: 'remote',
      call: 'bob.createAnswer()',
      shows: ['createAnswer'],
      run: answer[0],
    }),
    phase('set-local-answer', {
      peer: 'remote',
      call: 'bob.setLocalDescription(answer)',
      shows: ['setLocalAnswer'],
      expect: { remote: 'stable' },
      describes: { peer: 'remote', side: 'local' },
      run: answer[1],
    }),
    phase('set-remote-answer', {
      peer: 'local',
      call: 'alice.setRemoteDescription(answer)',
      shows: ['setRemoteAnswer'],
      expect: { local: 'stable' },
      describes: { peer: 'local', side: 'remote' },
      run: answer[2],
    }),
    phase('exchange-ice', {
      peer: null,
      call: 'addIceCandidate(candidate) for each waiting candidate',
      shows: ['exchangeIce', 'deliverCandidate'],
      // Mistake mode delivers even to a peer without a remote description, to show the browser's refusal.
      run: (call) => exchangeIce(call, call.mistakeMode),
    }),
  ];
}
