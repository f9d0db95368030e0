import type { CandidateInfo, PeerId, StateName } from './types';

/** Everything one loopback call holds: two peer connections in one page, the stream, the descriptions, the outboxes. */
export interface LoopbackCall {
  localStream: MediaStream | null;
  readonly pc: Record<PeerId, RTCPeerConnection | null>;
  offer: RTCSessionDescriptionInit | null;
  answer: RTCSessionDescriptionInit | null;
  /** Candidates each peer has gathered that the reader has not yet delivered to the other peer. */
  readonly outbox: Record<PeerId, CandidateInfo[]>;
  /** The peer connection settings: `iceServers` would list STUN and TURN servers; a loopback call needs none. */
  readonly config: RTCConfiguration;
  /** The browser APIs the phases call, injected so tests can pass fakes. */
  readonly api: {
    readonly RTCPeerConnection: new (config: RTCConfiguration) => RTCPeerConnection;
    getLocalStream(constraints: MediaStreamConstraints): Promise<MediaStream>;
  };
  /** Where the phases report what the browser told them; the engine turns it into events for the page. */
  readonly report: {
    candidate(peer: PeerId, candidate: RTCIceCandidate | null): void;
    track(peer: PeerId, event: RTCTrackEvent): void;
    state(peer: PeerId, name: StateName): void;
    delivered(from: PeerId, candidate: CandidateInfo): void;
  };
}

/** The other peer. */
export function other(peer: PeerId): PeerId {
  return peer === 'local' ? 'remote' : 'local';
}

/** A peer's connection, or an error that says it does not exist yet. */
export function connectionOf(call: LoopbackCall, peer: PeerId): RTCPeerConnection {
  const pc = call.pc[peer];
  if (!pc) throw new Error(`${peer === 'local' ? 'Alice' : 'Bob'} has no peer connection yet`);
  return pc;
}

/** Alice's peer connection: the caller's. */
export const alice = (call: LoopbackCall): RTCPeerConnection => connectionOf(call, 'local');

/** Bob's peer connection: the callee's. */
export const bob = (call: LoopbackCall): RTCPeerConnection => connectionOf(call, 'remote');

/** Reads a description that an earlier phase created, or says which phase is missing. */
export function need<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`There is no ${what} yet`);
  return value;
}
