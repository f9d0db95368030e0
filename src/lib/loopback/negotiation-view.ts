import type { LoopbackContext } from './context';
import type { NegotiationPeer, NegotiationView } from './negotiation-rules';
import type { SessionView } from './session';

/** What a loopback call holds that the negotiation rules read besides the connections: the two descriptions. */
export interface Negotiating extends LoopbackContext {
  readonly offer: RTCSessionDescriptionInit | null;
  readonly answer: RTCSessionDescriptionInit | null;
}

/** One peer connection as the negotiation rules read it. */
export function negotiationPeer(pc: RTCPeerConnection): NegotiationPeer {
  return {
    signalingState: pc.signalingState,
    iceGatheringState: pc.iceGatheringState,
    connectionState: pc.connectionState,
    hasRemoteDescription: pc.remoteDescription !== null,
  };
}

/** The part of a call's view the negotiation rules read, taken from the browser now. */
export function negotiationView(call: Negotiating, session: SessionView): NegotiationView {
  return {
    status: session.status,
    busy: session.busy,
    peers: {
      local: call.pc.local && negotiationPeer(call.pc.local),
      remote: call.pc.remote && negotiationPeer(call.pc.remote),
    },
    hasOffer: call.offer !== null,
    hasAnswer: call.answer !== null,
    outbox: { local: call.inbox.remote.count('candidate'), remote: call.inbox.local.count('candidate') },
  };
}
