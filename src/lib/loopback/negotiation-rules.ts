/**
 * The rules every loopback call shares from Alice's offer to the candidates' exchange: the same order of
 * descriptions and the same reasons, whatever the call sends (chapter 5's video, chapter 6's channel).
 */
import type { CallStatus, PeerId } from '../call/types';
import { gate } from '../runner/gate';
import type { Verdict } from '../runner/types';
import { no as refuse, yes } from '../runner/verdict';

/** What the negotiation rules read of one peer connection. */
export interface NegotiationPeer {
  readonly signalingState: RTCSignalingState;
  readonly iceGatheringState: RTCIceGatheringState;
  readonly connectionState: RTCPeerConnectionState;
  readonly hasRemoteDescription: boolean;
}

/** The part of a loopback call's view that the negotiation rules read: plain data, so the rules stay pure. */
export interface NegotiationView {
  readonly status: CallStatus;
  readonly busy: string | null;
  readonly peers: Readonly<Record<PeerId, NegotiationPeer | null>>;
  readonly hasOffer: boolean;
  readonly hasAnswer: boolean;
  /** Candidates each peer sent that wait in the other's inbox. */
  readonly outbox: Readonly<Record<PeerId, number>>;
}

/** The phases whose rules are the same in every loopback call. */
export type NegotiationPhaseId =
  'set-local-offer' | 'set-remote-offer' | 'create-answer' | 'set-local-answer' | 'set-remote-answer' | 'exchange-ice';

/** Why a negotiation phase cannot run now; each code has one sentence in the dictionary (`call.reason.<code>`). */
export type NegotiationReason =
  | 'busy'
  | 'failed'
  | 'no-peers'
  | 'no-offer'
  | 'alice-not-stable'
  | 'offer-not-set-locally'
  | 'bob-not-stable'
  | 'bob-no-offer'
  | 'answer-exists'
  | 'no-answer'
  | 'alice-not-waiting'
  | 'answer-not-set-locally'
  | 'no-candidates'
  | 'candidates-early';

const no = (code: NegotiationReason, params: Record<string, string> = {}, mistake = false): Verdict =>
  refuse(code, params, mistake);

/** The rule of one negotiation phase, once the caller has checked the gate and that both peers exist. */
export function negotiationVerdict(
  view: NegotiationView,
  phase: NegotiationPhaseId,
  local: NegotiationPeer,
  remote: NegotiationPeer,
): Verdict {
  switch (phase) {
    case 'set-local-offer':
      if (!view.hasOffer) return no('no-offer');
      return local.signalingState === 'stable' ? yes : no('alice-not-stable', { state: local.signalingState }, true);
    case 'set-remote-offer':
      if (!view.hasOffer) return no('no-offer');
      if (local.signalingState !== 'have-local-offer') {
        return no('offer-not-set-locally', { state: local.signalingState }, true);
      }
      return remote.signalingState === 'stable' && !remote.hasRemoteDescription
        ? yes
        : no('bob-not-stable', { state: remote.signalingState }, true);
    case 'create-answer':
      if (remote.signalingState !== 'have-remote-offer') {
        return no('bob-no-offer', { state: remote.signalingState }, true);
      }
      return view.hasAnswer ? no('answer-exists', {}, true) : yes;
    case 'set-local-answer':
      if (!view.hasAnswer) return no('no-answer');
      return remote.signalingState === 'have-remote-offer'
        ? yes
        : no('bob-no-offer', { state: remote.signalingState }, true);
    case 'set-remote-answer':
      if (!view.hasAnswer) return no('no-answer');
      if (local.signalingState !== 'have-local-offer') {
        return no('alice-not-waiting', { state: local.signalingState }, true);
      }
      return remote.signalingState === 'stable'
        ? yes
        : no('answer-not-set-locally', { state: remote.signalingState }, true);
    case 'exchange-ice':
      return exchangeVerdict(view, local, remote);
  }
}

function exchangeVerdict(view: NegotiationView, local: NegotiationPeer, remote: NegotiationPeer): Verdict {
  if (view.outbox.local + view.outbox.remote === 0) return no('no-candidates', { state: local.iceGatheringState });
  const aliceCanSend = view.outbox.local > 0 && remote.hasRemoteDescription;
  const bobCanSend = view.outbox.remote > 0 && local.hasRemoteDescription;
  if (aliceCanSend || bobCanSend) return yes;
  const waiting = view.outbox.local > 0 ? remote : local;
  return no('candidates-early', { state: waiting.signalingState }, true);
}

/** Whether one waiting candidate from `from` may be delivered now (the receiver must know the session). */
export function deliverVerdict(view: NegotiationView, from: PeerId): Verdict {
  const closed = gate(view.busy, view.status === 'failed');
  if (closed) return closed;
  const receiver = view.peers[from === 'local' ? 'remote' : 'local'];
  if (!receiver || !view.peers[from]) return no('no-peers');
  if (view.outbox[from] === 0) return no('no-candidates', { state: view.peers[from]?.iceGatheringState ?? 'new' });
  return receiver.hasRemoteDescription ? yes : no('candidates-early', { state: receiver.signalingState }, true);
}
