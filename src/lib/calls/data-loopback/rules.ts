import type { PeerId } from '../../call/types';
import {
  deliverVerdict,
  negotiationVerdict,
  type NegotiationPeer,
  type NegotiationReason,
  type NegotiationView,
} from '../../loopback/negotiation-rules';
import { gate } from '../../runner/gate';
import type { Verdict } from '../../runner/types';
import { no as refuse, yes } from '../../runner/verdict';
import type { PhaseId } from './ids';
import type { OptionProblem } from './options';

/** What the rules need to know about one peer connection. */
export type PeerView = NegotiationPeer;

export { deliverVerdict };

/** The call as the rules see it: plain data, so the rules are a pure function. */
export interface DataView extends NegotiationView {
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
  | NegotiationReason
  | 'peers-exist'
  | OptionProblem
  | 'channel-exists'
  | 'channel-after-offer'
  | 'no-channel'
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
  return negotiationVerdict(view, phase, local, remote);
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
