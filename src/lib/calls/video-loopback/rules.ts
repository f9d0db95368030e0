import type { CallStatus, PeerId } from '../../call/types';
import { gate } from '../../runner/gate';
import type { Reason, Verdict } from '../../runner/types';
import { no as refuse, yes } from '../../runner/verdict';
import type { PhaseId } from './ids';

/** What the rules need to know about one peer, read from its RTCPeerConnection. */
export interface PeerView {
  readonly signalingState: RTCSignalingState;
  readonly iceGatheringState: RTCIceGatheringState;
  readonly iceConnectionState: RTCIceConnectionState;
  readonly connectionState: RTCPeerConnectionState;
  readonly hasRemoteDescription: boolean;
}

/** The call as the rules see it: plain data, so the rules are a pure function. */
export interface CallView {
  readonly status: CallStatus;
  readonly busy: string | null;
  readonly hasStream: boolean;
  readonly peers: Readonly<Record<PeerId, PeerView | null>>;
  readonly tracksAdded: boolean;
  readonly hasOffer: boolean;
  readonly hasAnswer: boolean;
  readonly outbox: Readonly<Record<PeerId, number>>;
}

/** Why a phase cannot run now; each code has one sentence in the dictionary (`call.reason.<code>`). */
export type ReasonCode =
  | 'busy'
  | 'failed'
  | 'has-stream'
  | 'no-stream'
  | 'peers-exist'
  | 'no-peers'
  | 'tracks-added'
  | 'offer-exists'
  | 'no-tracks'
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

const no = (code: ReasonCode, params: Record<string, string> = {}, mistake = false): Verdict =>
  refuse(code, params, mistake);

export type { Reason, Verdict };

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
      if (remote.signalingState !== 'have-remote-offer')
        return no('bob-no-offer', { state: remote.signalingState }, true);
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

function exchangeVerdict(view: CallView, local: PeerView, remote: PeerView): Verdict {
  if (view.outbox.local + view.outbox.remote === 0) return no('no-candidates', { state: local.iceGatheringState });
  const aliceCanSend = view.outbox.local > 0 && remote.hasRemoteDescription;
  const bobCanSend = view.outbox.remote > 0 && local.hasRemoteDescription;
  if (aliceCanSend || bobCanSend) return yes;
  const waiting = view.outbox.local > 0 ? remote : local;
  return no('candidates-early', { state: waiting.signalingState }, true);
}

/** Whether one waiting candidate from `from` may be delivered now (the receiver must know the session). */
export function deliverVerdict(view: CallView, from: PeerId): Verdict {
  const closed = gate(view.busy, view.status === 'failed');
  if (closed) return closed;
  const receiver = view.peers[from === 'local' ? 'remote' : 'local'];
  if (!receiver || !view.peers[from]) return no('no-peers');
  if (view.outbox[from] === 0) return no('no-candidates', { state: view.peers[from]?.iceGatheringState ?? 'new' });
  return receiver.hasRemoteDescription ? yes : no('candidates-early', { state: receiver.signalingState }, true);
}
