import type { CandidateInfo, StateName } from '../../call/types';
import type { Inbox } from '../../signaling/inbox';
import type { SignalMessage } from '../../signaling/types';

/** One side of a call across two tabs: this tab's connection, what it made, and its link to the other tab. */
export interface TabCall {
  /** This tab's peer connection, once created. */
  pc: RTCPeerConnection | null;
  /** The camera or test pattern this tab sends, once started. */
  readonly localStream: MediaStream | null;
  offer: RTCSessionDescriptionInit | null;
  answer: RTCSessionDescriptionInit | null;
  /** Sends to the other tab through the room's transport; false when nobody is there to receive it. */
  send(message: SignalMessage): boolean;
  /** What the other tab sent and this side has not applied yet; null before joining a room. */
  readonly inbox: Inbox | null;
  readonly config: RTCConfiguration;
  readonly RTCPeerConnection: new (config: RTCConfiguration) => RTCPeerConnection;
  /** Where the phases report what the browser told them; the session turns it into events for the page. */
  readonly report: {
    candidate(candidate: RTCIceCandidate | null): void;
    track(event: RTCTrackEvent): void;
    state(name: StateName): void;
    applied(candidate: CandidateInfo): void;
  };
}

/** A missing object as an error: a phase ran before the one that makes what it needs. */
export function missing(what: string): Error {
  return Object.assign(new Error(`missing: ${what}`), { name: 'MissingStepError' });
}

/** Reads what an earlier phase made, or throws the error that names it. */
export function need<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw missing(what);
  return value;
}

/** This tab's peer connection, or the error that says it does not exist yet. */
export const peer = (call: TabCall): RTCPeerConnection => need(call.pc, 'peer connection');

/** The inbox, or the error that says this tab is in no room. */
export const inboxOf = (call: TabCall): Inbox => need(call.inbox, 'room');

/** An ICE candidate as plain data that a transport can carry. */
export function toCandidateInfo(candidate: RTCIceCandidate): CandidateInfo {
  return {
    candidate: candidate.candidate,
    sdpMid: candidate.sdpMid,
    sdpMLineIndex: candidate.sdpMLineIndex,
    usernameFragment: candidate.usernameFragment,
  };
}

/** Sends a message, or throws when it cannot leave (nobody else in the room): the phase then fails visibly. */
export function sendOrFail(call: TabCall, message: SignalMessage): void {
  if (!call.send(message)) throw Object.assign(new Error('nobody to send to'), { name: 'NotConnectedError' });
}
