import type { CallStatus, PeerId } from '../../call/types';
import { gate } from '../../runner/gate';
import type { Verdict } from '../../runner/types';
import { no as refuse, yes } from '../../runner/verdict';
import type { PhaseId } from './ids';
import type { OptionProblem } from './options';

/** What the rules need to know about one peer connection. */
export interface PeerView {
  readonly signalingState: RTCSignalingState;
  readonly iceGatheringState: RTCIceGatheringState;
  readonly connectionState: RTCPeerConnectionState;
  readonly hasRemoteDescription: boolean;
}

/** The call as the rules see it: plain data, so the rules are a pure function. */
export interface DataView {
  readonly status: CallStatus;
  readonly busy: string | null;
  readonly peers: Readonly<Record<PeerId, PeerView | null>>;
  readonly hasOffer: boolean;
  readonly hasAnswer: boolean;
  /** Candidates each peer sent that wait in the other's inbox. */
  readonly outbox: Readonly<Record<PeerId, number>>;
  /** Each end's readyState, or null while that side has no end. */
  readonly channel: Readonly<Record<PeerId, RTCDataChannelState | null>>;
  /** Bob's `datachannel` event has brought a channel he has not taken yet. */
  readonly incoming: boolean;
  readonly negotiated: boolean;
  readonly optionProblem: OptionProblem | null;
  /** Size in bytes of the text the send phases would send. */
  readonly draftBytes: number;
  /** The largest message the other side accepts (`pc.sctp.maxMessageSize`), once known. */
  readonly maxMessageSize: number | null;
}

/** Why a phase cannot run now; each code has one sentence in the dictionary (`call.reason.<code>`). */
export type ReasonCode =
  | 'busy'
  | 'failed'
  | 'peers-exist'
  | 'no-peers'
  | OptionProblem
  | 'channel-exists'
  | 'channel-after-offer'
  | 'no-channel'
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
  | 'candidates-early'
  | 'channel-taken'
  | 'no-datachannel-yet'
  | 'bob-no-channel'
  | 'channel-connecting'
  | 'channel-closed'
  | 'empty-message'
  | 'too-large';

const no = (code: ReasonCode, params: Record<string, string> = {}, mistake = false): Verdict =>
  refuse(code, params, mistake);

/** The rules of chapter 6's call, phase by phase. */
export function verdict(view: DataView, phase: PhaseId): Verdict {
  if (phase === 'hang-up') return yes;
  const closed = gate(view.busy, view.status === 'failed');
  if (closed) return closed;
  const { local, remote } = view.peers;
  if (phase === 'create-peers') {
    return local || remote ? no('peers-exist', { state: local?.signalingState ?? 'closed' }) : yes;
  }
  if (!local || !remote) return no('no-peers');

  switch (phase) {
    case 'create-channel':
      if (view.channel.local) return no('channel-exists', { state: view.channel.local });
      if (view.hasOffer) return no('channel-after-offer', { state: local.signalingState });
      // A bad choice of options is what the browser refuses with its own TypeError or RangeError.
      return view.optionProblem ? no(view.optionProblem, {}, true) : yes;
    case 'create-offer':
      if (!view.channel.local) return no('no-channel');
      if (view.hasOffer) return no('alice-not-stable', { state: local.signalingState }, true);
      return yes;
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
    case 'receive-channel':
      if (view.channel.remote) return no('channel-taken');
      if (view.negotiated || view.incoming) return yes;
      return no('no-datachannel-yet', { state: remote.connectionState });
    case 'send-text':
      return sendVerdict(view, 'local', view.draftBytes);
    case 'send-binary':
      return sendVerdict(view, 'local', null);
    case 'reply-text':
      return sendVerdict(view, 'remote', view.draftBytes);
    case 'close-channel': {
      const state = view.channel.local;
      if (!state) return no('no-channel');
      return state === 'closing' || state === 'closed' ? no('channel-closed', { state }) : yes;
    }
  }
}

/** Whether `from` may send now: both ends exist, its end is open, and the text (if any) fits. */
export function sendVerdict(view: DataView, from: PeerId, textBytes: number | null): Verdict {
  const own = view.channel[from];
  if (!view.channel.local) return no('no-channel');
  if (!view.channel.remote) return no('bob-no-channel');
  if (own === 'connecting') return no('channel-connecting', { state: own }, true);
  if (own !== 'open') return no('channel-closed', { state: own ?? 'closed' }, true);
  if (textBytes === null) return yes;
  if (textBytes === 0) return no('empty-message');
  const max = view.maxMessageSize;
  if (max !== null && textBytes > max) {
    return no('too-large', { size: String(textBytes), max: String(max) }, true);
  }
  return yes;
}

function exchangeVerdict(view: DataView, local: PeerView, remote: PeerView): Verdict {
  if (view.outbox.local + view.outbox.remote === 0) return no('no-candidates', { state: local.iceGatheringState });
  const aliceCanSend = view.outbox.local > 0 && remote.hasRemoteDescription;
  const bobCanSend = view.outbox.remote > 0 && local.hasRemoteDescription;
  if (aliceCanSend || bobCanSend) return yes;
  const waiting = view.outbox.local > 0 ? remote : local;
  return no('candidates-early', { state: waiting.signalingState }, true);
}

/** Whether one waiting candidate from `from` may be delivered now. */
export function deliverVerdict(view: DataView, from: PeerId): Verdict {
  const closed = gate(view.busy, view.status === 'failed');
  if (closed) return closed;
  const receiver = view.peers[from === 'local' ? 'remote' : 'local'];
  if (!receiver || !view.peers[from]) return no('no-peers');
  if (view.outbox[from] === 0) return no('no-candidates', { state: view.peers[from]?.iceGatheringState ?? 'new' });
  return receiver.hasRemoteDescription ? yes : no('candidates-early', { state: receiver.signalingState }, true);
}
