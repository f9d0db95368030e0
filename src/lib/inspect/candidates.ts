import type { CallEvent, CandidateInfo, PeerId } from '../call/types';
import { SDPUtils } from './sdp-utils';

export type CandidateType = 'host' | 'srflx' | 'prflx' | 'relay';
const candidateTypes: readonly string[] = ['host', 'srflx', 'prflx', 'relay'];

/** An ICE candidate taken apart, field by field. */
export interface CandidateBreakdown {
  readonly type: CandidateType;
  readonly protocol: string;
  readonly address: string;
  /** The address is an mDNS name (`<uuid>.local`) that hides the real local IP address. */
  readonly mdns: boolean;
  readonly port: number;
  readonly priority: number;
  /** priority = 2^24 × type preference + 2^8 × local preference + (256 − component). */
  readonly typePreference: number;
  readonly localPreference: number;
  readonly component: number;
  readonly foundation: string;
  readonly relatedAddress: string | null;
  readonly relatedPort: number | null;
  readonly tcpType: string | null;
  readonly sdpMid: string | null;
  readonly sdpMLineIndex: number | null;
}

/** Splits an ICE priority into its three parts (RFC 8445, 5.1.2.1). */
export function splitPriority(priority: number): {
  typePreference: number;
  localPreference: number;
  component: number;
} {
  return {
    typePreference: Math.floor(priority / 2 ** 24) & 0xff,
    localPreference: Math.floor(priority / 2 ** 8) & 0xffff,
    component: 256 - (priority & 0xff),
  };
}

/** Takes a candidate apart; null when its text is not a candidate we can read. */
export function breakDownCandidate(info: CandidateInfo): CandidateBreakdown | null {
  try {
    const parsed = SDPUtils.parseCandidate(info.candidate);
    // The package names components 1 and 2 'rtp' and 'rtcp' and leaves any other as it found it.
    const component = parsed.component === 'rtp' ? 1 : parsed.component === 'rtcp' ? 2 : Number(parsed.component);
    const valid =
      candidateTypes.includes(parsed.type) &&
      Number.isInteger(parsed.priority) &&
      Number.isInteger(parsed.port) &&
      Number.isInteger(component) &&
      Boolean(parsed.address);
    if (!valid) return null;
    return {
      type: parsed.type,
      protocol: parsed.protocol,
      address: parsed.address,
      mdns: parsed.address.toLowerCase().endsWith('.local'),
      port: parsed.port,
      priority: parsed.priority,
      ...splitPriority(parsed.priority),
      component,
      foundation: parsed.foundation,
      relatedAddress: parsed.relatedAddress ?? null,
      relatedPort: parsed.relatedPort ?? null,
      tcpType: parsed.tcpType ?? null,
      sdpMid: info.sdpMid,
      sdpMLineIndex: info.sdpMLineIndex,
    };
  } catch {
    return null;
  }
}

/** One row of the candidates table: a gathered candidate, or (candidate null) the end of a peer's gathering. */
export interface CandidateRow {
  readonly peer: PeerId;
  /** Milliseconds since this peer started gathering. */
  readonly sinceStart: number;
  readonly at: number;
  readonly info: CandidateInfo | null;
  /** null when the text could not be read (shown raw). */
  readonly breakdown: CandidateBreakdown | null;
  /** When the other peer received it (addIceCandidate); null while it waits. */
  readonly deliveredAt: number | null;
}

const sameCandidate = (a: CandidateInfo, b: CandidateInfo) =>
  a.candidate === b.candidate && a.sdpMid === b.sdpMid && a.sdpMLineIndex === b.sdpMLineIndex;

/** Builds the candidates table from a call's events, in the order the candidates were gathered. */
export function candidateRows(events: readonly CallEvent[]): CandidateRow[] {
  const startedAt = new Map<PeerId, number>();
  const rows: { -readonly [K in keyof CandidateRow]: CandidateRow[K] }[] = [];
  for (const event of events) {
    if (event.type === 'state' && event.name === 'iceGatheringState' && event.value === 'gathering') {
      startedAt.set(event.peer, event.at);
    } else if (event.type === 'candidate-gathered') {
      if (!startedAt.has(event.peer)) startedAt.set(event.peer, event.at);
      const start = startedAt.get(event.peer) ?? event.at;
      rows.push({
        peer: event.peer,
        sinceStart: event.at - start,
        at: event.at,
        info: event.candidate,
        breakdown: event.candidate ? breakDownCandidate(event.candidate) : null,
        deliveredAt: null,
      });
    } else if (event.type === 'candidate-delivered') {
      const row = rows.find(
        (r) => r.peer === event.peer && r.deliveredAt === null && r.info && sameCandidate(r.info, event.candidate),
      );
      if (row) row.deliveredAt = event.at;
    }
  }
  return rows;
}
