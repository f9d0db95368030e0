import type { PeerId } from '../../call/types';
import {
  deliverVerdict,
  negotiationVerdict,
  type NegotiationPeer,
  type NegotiationReason,
  type NegotiationView,
} from '../../loopback/negotiation-rules';
import { gate } from '../../runner/gate';
import type { Reason, Verdict } from '../../runner/types';
import { no as refuse, yes } from '../../runner/verdict';
import type { PhaseId } from './ids';

/** What the rules need to know about one peer, read from its RTCPeerConnection. */
export interface PeerView extends NegotiationPeer {
  readonly iceConnectionState: RTCIceConnectionState;
}

/** The call as the rules see it: plain data, so the rules are a pure function. */
export interface CallView extends NegotiationView {
  readonly hasStream: boolean;
  readonly peers: Readonly<Record<PeerId, PeerView | null>>;
  readonly tracksAdded: boolean;
}

/** Why a phase cannot run now; each code has one sentence in the dictionary (`call.reason.<code>`). */
export type ReasonCode =
  NegotiationReason | 'has-stream' | 'no-stream' | 'peers-exist' | 'tracks-added' | 'offer-exists' | 'no-tracks';

const no = (code: ReasonCode, params: Record<string, string> = {}, mistake = false): Verdict =>
  refuse(code, params, mistake);

export type { Reason, Verdict };
export { deliverVerdict };

/** The rules of the call, phase by phase, in the order a correct call runs them. */
export function verdict(view: CallView, phase: PhaseId): Verdict {
  if (phase === 'hang-up') return yes;
  const closed = gate(view.busy, view.status === 'failed');
  if (closed) return closed;
  const { local, remote } = view.peers;

  switch (phase) {
    case 'get-user-media':
      return view.hasStream ? no('has-stream') : yes;
    case 'create-peers':
      if (!view.hasStream) return no('no-stream');
      return local || remote ? no('peers-exist', { state: local?.signalingState ?? 'closed' }) : yes;
  }

  if (!local || !remote) return no('no-peers');

  switch (phase) {
    case 'add-tracks':
      if (!view.hasStream) return no('no-stream');
      if (view.tracksAdded) return no('tracks-added', {}, true);
      if (view.hasOffer) return no('offer-exists', { state: local.signalingState }, true);
      return yes;
    case 'create-offer':
      if (!view.tracksAdded) return no('no-tracks', {}, true);
      if (view.hasOffer) return no('offer-exists', { state: local.signalingState }, true);
      return local.signalingState === 'stable' ? yes : no('alice-not-stable', { state: local.signalingState }, true);
  }
  return negotiationVerdict(view, phase, local, remote);
}
