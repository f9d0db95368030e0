/**
 * The signaling seam: the messages two peers exchange to set up a call, and the transport that carries them.
 * A call's code sends and receives these messages and never knows which carrier it has (one page, two tabs over
 * BroadcastChannel, a WebSocket server, or text the reader copies between devices).
 */
import type { CandidateInfo } from '../call/types';

/** A session description as plain data (`RTCSessionDescriptionInit` with a required type). */
export interface DescriptionInfo {
  readonly type: 'offer' | 'answer' | 'pranswer' | 'rollback';
  readonly sdp: string;
}

/** What one peer tells the other. `candidate: null` says that this side's gathering is complete. */
export type SignalMessage =
  | { readonly type: 'description'; readonly description: DescriptionInfo }
  | { readonly type: 'candidate'; readonly candidate: CandidateInfo | null }
  | { readonly type: 'bye' };

/** What a room-keeping carrier (the signaling server, or a peer-to-peer room over BroadcastChannel) reports. */
export type RoomMessage =
  | { readonly type: 'joined'; readonly room: string; readonly polite: boolean; readonly peers: 1 | 2 }
  | { readonly type: 'peer-joined' }
  | { readonly type: 'peer-left' }
  | { readonly type: 'full' }
  | { readonly type: 'error'; readonly code: string; readonly message: string };

/**
 * What a client sends to the signaling server: room membership, then signals for the other member. `rejoin` is a
 * secret the client keeps across its reconnections, so that the server can hand it back its own place in a room
 * whose other place is still held by its own dead connection (see docs/signaling.md).
 */
export type ClientMessage =
  | { readonly type: 'join'; readonly room: string; readonly rejoin?: string }
  | { readonly type: 'leave' }
  | SignalMessage;

/** A signal relayed by the server, with the opaque id the server gave its sender. */
export type RelayedMessage = SignalMessage & { readonly from: string };

/** Everything the signaling server sends. */
export type ServerMessage = RoomMessage | RelayedMessage;

/** The `code` of a server's `error` message (see docs/signaling.md). */
export type ServerErrorCode =
  | 'not-json'
  | 'too-large'
  | 'unknown-type'
  | 'bad-field'
  | 'not-joined'
  | 'already-joined'
  | 'no-peer'
  | 'room-expired';

/** Where a transport stands; `reconnecting` is a carrier that lost its link and is trying again with backoff. */
export type TransportState = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'failed';

/** Why a received message was dropped instead of used. */
export type RejectCode =
  'not-json' | 'too-large' | 'unknown-type' | 'bad-field' | 'wrong-room' | 'own-message' | 'not-joined' | 'not-for-us';

/** Everything a transport reports to the call that listens to it. */
export type TransportEvent =
  | { readonly type: 'signal'; readonly message: SignalMessage; readonly from: string | null; readonly size: number }
  | { readonly type: 'room'; readonly message: RoomMessage; readonly size: number }
  | { readonly type: 'sent'; readonly message: SignalMessage; readonly size: number }
  | { readonly type: 'rejected'; readonly code: RejectCode; readonly size: number; readonly preview: string }
  | { readonly type: 'state'; readonly state: TransportState };

/** The carriers this site knows; each is one file in this folder. */
export type TransportKind = 'in-page' | 'broadcast' | 'websocket' | 'manual';

/** One side's end of a signaling carrier. */
export interface Transport {
  readonly kind: TransportKind;
  readonly state: TransportState;
  /** Sends to the other side. Returns false (and sends nothing) when the transport is not open. */
  send(message: SignalMessage): boolean;
  /** Calls `listener` with every event from now on; returns the unsubscribe function. */
  subscribe(listener: (event: TransportEvent) => void): () => void;
  /** Leaves for good: no event is reported afterwards. Safe to call twice. */
  close(): void;
}
