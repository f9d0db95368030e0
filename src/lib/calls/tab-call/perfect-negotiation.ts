/**
 * Perfect negotiation (the pattern of the WebRTC specification's example): each side negotiates whenever its
 * connection needs it, and when both offer at once ("glare") the polite side gives way while the impolite side
 * ignores the other's offer. The roles come from the room: the server's `polite`, or the rule BroadcastChannel tabs
 * compute from their join times and ids. The code never branches on "am I the caller".
 */
import type { ErrorInfo } from '../../call/types';
import { toErrorInfo } from '../../call/errors';
import type { DescriptionInfo, SignalMessage } from '../../signaling/types';

/** What the pattern did, as data for the page's log: who offered, a collision and how it ended, an ICE restart. */
export type NegotiationEvent =
  | { readonly type: 'offer-sent' }
  | { readonly type: 'answer-sent' }
  | { readonly type: 'collision'; readonly outcome: 'ignored' | 'rolled-back' }
  | { readonly type: 'ice-restart' }
  | { readonly type: 'error'; readonly error: ErrorInfo };

/** What one side needs: its connection, its role, a way to send, and where to report. */
export interface NegotiationOptions {
  readonly polite: boolean;
  send(message: SignalMessage): boolean;
  report(event: NegotiationEvent): void;
}

/** One side's negotiation: apply what arrives (in order), and stop listening. */
export interface Negotiation {
  receive(message: SignalMessage): Promise<void>;
  close(): void;
}

/** A description as plain data for the transport. */
function toInfo(description: RTCSessionDescription | null): DescriptionInfo {
  return { type: description?.type ?? 'offer', sdp: description?.sdp ?? '' };
}

/** Wires perfect negotiation onto a connection: offers on `negotiationneeded`, restarts ICE when it fails. */
export function perfectNegotiation(pc: RTCPeerConnection, options: NegotiationOptions): Negotiation {
  const { polite, send, report } = options;
  let makingOffer = false;
  let ignoreOffer = false;
  let settingRemoteAnswer = false;

  const onNegotiationNeeded = async (): Promise<void> => {
    try {
      makingOffer = true;
      // Without arguments, setLocalDescription creates the offer (or answer) that fits the current state.
      await pc.setLocalDescription();
      send({ type: 'description', description: toInfo(pc.localDescription) });
      report({ type: 'offer-sent' });
    } catch (error) {
      report({ type: 'error', error: toErrorInfo(error) });
    } finally {
      makingOffer = false;
    }
  };

  const onIceConnectionStateChange = (): void => {
    if (pc.iceConnectionState !== 'failed') return;
    pc.restartIce();
    report({ type: 'ice-restart' });
  };

  async function receive(message: SignalMessage): Promise<void> {
    if (message.type === 'description') {
      const description = message.description;
      // An answer being applied counts as stable: the other side's next offer is not a collision.
      const readyForOffer = !makingOffer && (pc.signalingState === 'stable' || settingRemoteAnswer);
      const collision = description.type === 'offer' && !readyForOffer;
      ignoreOffer = !polite && collision;
      if (collision) report({ type: 'collision', outcome: ignoreOffer ? 'ignored' : 'rolled-back' });
      if (ignoreOffer) return;
      settingRemoteAnswer = description.type === 'answer';
      try {
        // For the polite side in a collision, this rolls its own offer back first (implicit rollback).
        await pc.setRemoteDescription(description);
      } finally {
        settingRemoteAnswer = false;
      }
      if (description.type === 'offer') {
        await pc.setLocalDescription();
        send({ type: 'description', description: toInfo(pc.localDescription) });
        report({ type: 'answer-sent' });
      }
    } else if (message.type === 'candidate' && message.candidate) {
      try {
        await pc.addIceCandidate(message.candidate);
      } catch (error) {
        // Candidates of an offer this side ignored belong to a session it never applied.
        if (!ignoreOffer) throw error;
      }
    }
  }

  const negotiationNeeded = (): void => void onNegotiationNeeded();
  pc.addEventListener('negotiationneeded', negotiationNeeded);
  pc.addEventListener('iceconnectionstatechange', onIceConnectionStateChange);
  return {
    receive,
    close() {
      pc.removeEventListener('negotiationneeded', negotiationNeeded);
      pc.removeEventListener('iceconnectionstatechange', onIceConnectionStateChange);
    },
  };
}
