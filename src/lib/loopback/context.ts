import type { CandidateInfo, PeerId, StateName } from '../call/types';
export { other } from '../call/types';
import type { Inbox } from '../signaling/inbox';
import type { Transport } from '../signaling/types';

/** What every call between two peers in one page holds; a call's own context adds its streams or channels. */
export interface LoopbackContext {
  /** Alice's (`local`) and Bob's (`remote`) peer connections, once created. */
  readonly pc: Record<PeerId, RTCPeerConnection | null>;
  /** Each peer's end of the signaling transport: what one sends, the other's inbox receives. */
  readonly signal: Readonly<Record<PeerId, Transport>>;
  /** What each peer has received and not yet applied. */
  readonly inbox: Readonly<Record<PeerId, Inbox>>;
  /** The peer connection settings: `iceServers` would list STUN and TURN servers; one page needs none. */
  readonly config: RTCConfiguration;
  readonly RTCPeerConnection: new (config: RTCConfiguration) => RTCPeerConnection;
  /** Whether the reader lets phases run out of order, to see the browser's own errors. */
  readonly mistakeMode: boolean;
  /** Where the phases report what the browser told them; the session turns it into events for the page. */
  readonly report: {
    candidate(peer: PeerId, candidate: RTCIceCandidate | null): void;
    track(peer: PeerId, event: RTCTrackEvent): void;
    state(peer: PeerId, name: StateName): void;
    delivered(from: PeerId, candidate: CandidateInfo): void;
  };
}

/** A missing object as an error: a phase ran before the one that makes what it needs (mistake mode). */
export function missing(what: string): Error {
  return Object.assign(new Error(`missing: ${what}`), { name: 'MissingStepError' });
}

/** A peer's connection, or the error that says it does not exist yet. */
export function connectionOf(call: LoopbackContext, peer: PeerId): RTCPeerConnection {
  const pc = call.pc[peer];
  if (!pc) throw missing(`${peer} peer connection`);
  return pc;
}

/** Alice's peer connection: the caller's. */
export const alice = (call: LoopbackContext): RTCPeerConnection => connectionOf(call, 'local');

/** Bob's peer connection: the callee's. */
export const bob = (call: LoopbackContext): RTCPeerConnection => connectionOf(call, 'remote');

/** Reads what an earlier phase made, or throws the error that names it. */
export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw missing(what);
  return value;
}

/** An ICE candidate as plain data that a transport can carry. */
export function toCandidateInfo(candidate: RTCIceCandidate): CandidateInfo {
  return {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid,
    sdpMLineIndex: candidate.sdpMLineIndex,
    usernameFragment: candidate.usernameFragment,
  };
}
