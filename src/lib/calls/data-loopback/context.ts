import type { PeerId } from '../../call/types';
import type { LoopbackContext } from '../../loopback/context';
import type { ChannelOptions } from './options';

/** Chapter 6's call: the shared two-peer context plus each side's end of the data channel and what to send. */
export interface DataCall extends LoopbackContext {
  /** Alice's (`local`) and Bob's (`remote`) end of the channel, once each side has one. */
  readonly channel: Record<PeerId, RTCDataChannel | null>;
  /** The channel Bob's `datachannel` event brought, until Bob takes it. */
  incoming: RTCDataChannel | null;
  offer: RTCSessionDescriptionInit | null;
  answer: RTCSessionDescriptionInit | null;
  /** The options the reader chose in the page. */
  options: ChannelOptions;
  /** What the send phases send: the text in the page's box and a few bytes. */
  readonly draft: { text: string; bytes: Uint8Array<ArrayBuffer> };
  /** Starts following a channel end: its readyState trail and every message it sends or receives. */
  readonly watch: (peer: PeerId, channel: RTCDataChannel) => void;
}
