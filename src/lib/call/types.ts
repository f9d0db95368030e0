/** The vocabulary every call shares: peers, states and the events a call reports. */

/** The two peers of the call in one page: `local` is Alice, the caller; `remote` is Bob, the callee. */
export type PeerId = 'local' | 'remote';
export const peerIds: readonly PeerId[] = ['local', 'remote'];

/** The other peer. */
export function other(peer: PeerId): PeerId {
  return peer === 'local' ? 'remote' : 'local';
}

/** The four state machines of an RTCPeerConnection that the page shows. */
export const stateNames = ['signalingState', 'iceGatheringState', 'iceConnectionState', 'connectionState'] as const;
export type StateName = (typeof stateNames)[number];

/** A DOMException (or any error) as plain data. */
export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
}

/** An ICE candidate as plain data (`RTCIceCandidate.toJSON()`), so that events can be saved and replayed. */
export interface CandidateInfo {
  readonly candidate: string;
  readonly sdpMid: string | null;
  readonly sdpMLineIndex: number | null;
  readonly usernameFragment?: string | null;
}

/** `at` is a timestamp in milliseconds on the engine's clock (performance.now() in the browser). */
export type CallEvent =
  | {
      readonly type: 'api-call';
      readonly status: 'start';
      readonly id: number;
      readonly phase: string;
      readonly peer: PeerId | null;
      /** What ran, as code: `pc1.createOffer()`. */
      readonly call: string;
      readonly at: number;
    }
  | {
      readonly type: 'api-call';
      readonly status: 'success';
      readonly id: number;
      readonly phase: string;
      readonly peer: PeerId | null;
      readonly call: string;
      readonly at: number;
      readonly durationMs: number;
    }
  | {
      readonly type: 'api-call';
      readonly status: 'failure';
      readonly id: number;
      readonly phase: string;
      readonly peer: PeerId | null;
      readonly call: string;
      readonly at: number;
      readonly durationMs: number;
      readonly error: ErrorInfo;
    }
  | {
      readonly type: 'state';
      readonly peer: PeerId;
      readonly name: StateName;
      readonly value: string;
      readonly at: number;
    }
  /** `candidate: null` is the end of gathering. */
  | {
      readonly type: 'candidate-gathered';
      readonly peer: PeerId;
      readonly candidate: CandidateInfo | null;
      readonly at: number;
    }
  /** `peer` sent the candidate; the other peer received it with addIceCandidate. */
  | {
      readonly type: 'candidate-delivered';
      readonly peer: PeerId;
      readonly candidate: CandidateInfo;
      readonly at: number;
    }
  | {
      readonly type: 'description';
      readonly peer: PeerId;
      /** Which of the peer's descriptions was set: its own (`local`) or the other's (`remote`). */
      readonly side: 'local' | 'remote';
      readonly sdpType: 'offer' | 'answer' | 'pranswer' | 'rollback';
      readonly sdp: string;
      readonly at: number;
    }
  | { readonly type: 'track'; readonly peer: PeerId; readonly kind: string; readonly at: number }
  | { readonly type: 'first-frame'; readonly width: number; readonly height: number; readonly at: number }
  | {
      readonly type: 'call-status';
      readonly status: CallStatus;
      readonly reason: ErrorInfo | null;
      readonly at: number;
    }
  /** Something the reader should know that no API reports by itself. */
  | { readonly type: 'hint'; readonly code: HintCode; readonly peer: PeerId | null; readonly at: number };

/** `candidates-waiting`: ICE has been trying for a while but candidates sit undelivered in an outbox. */
export type HintCode = 'candidates-waiting';

/** Where the call as a whole stands. */
export type CallStatus = 'idle' | 'active' | 'failed' | 'ended';

/** What views need from a call: its events, and the live connections to read statistics from. */
export interface CallFeed {
  /** The id of the call's spec (`video-loopback`), which names it in saved logs. */
  readonly call: string;
  /** Calls `listener` with every event from now on; returns the unsubscribe function. */
  subscribe(listener: (event: CallEvent) => void): () => void;
  /** The live connection of a peer, or null when none is up (no call yet, hung up, or a replay). */
  connection(peer: PeerId): RTCPeerConnection | null;
}
