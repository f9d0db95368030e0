import { other } from '../call/types';
import type { CallEvent, CandidateInfo, PeerId } from '../call/types';

export type MessageKind = 'offer' | 'answer' | 'candidate' | 'end-of-candidates';

/**
 * One message of the call's signaling: it leaves `from` for the signaling path (here the page itself) at `sentAt`,
 * and reaches `to` at `deliveredAt`. Either end may be missing: a candidate still waiting has no `deliveredAt`.
 */
export interface SequenceMessage {
  readonly kind: MessageKind;
  readonly from: PeerId;
  readonly to: PeerId;
  readonly sentAt: number | null;
  readonly deliveredAt: number | null;
  /** The candidate's text for candidates; empty otherwise. */
  readonly detail: string;
}

const candidateKey = (c: CandidateInfo) => `${c.sdpMid ?? ''}|${c.sdpMLineIndex ?? ''}|${c.candidate}`;

type Mutable = { -readonly [K in keyof SequenceMessage]: SequenceMessage[K] } & { key: string };

/** The signaling messages of a call, in the order they first appeared, with when they left and arrived. */
export function sequenceMessages(events: readonly CallEvent[]): SequenceMessage[] {
  const messages: Mutable[] = [];
  const add = (
    kind: MessageKind,
    from: PeerId,
    sentAt: number | null,
    deliveredAt: number | null,
    detail: string,
    key: string,
  ) => messages.push({ kind, from, to: other(from), sentAt, deliveredAt, detail, key });
  const waiting = (kind: MessageKind, from: PeerId, key?: string) =>
    messages.find(
      (m) => m.kind === kind && m.from === from && m.deliveredAt === null && (key === undefined || m.key === key),
    );
  for (const event of events) {
    if (event.type === 'description' && (event.sdpType === 'offer' || event.sdpType === 'answer')) {
      const kind = event.sdpType;
      if (event.side === 'local') {
        add(kind, event.peer, event.at, null, '', event.sdp);
        continue;
      }
      const from = other(event.peer);
      // The same text, else any of its kind still on its way: a browser may reformat what it was given.
      const found = waiting(kind, from, event.sdp) ?? waiting(kind, from);
      if (found) found.deliveredAt = event.at;
      else add(kind, from, null, event.at, '', event.sdp);
    } else if (event.type === 'candidate-gathered') {
      const { candidate } = event;
      if (candidate) add('candidate', event.peer, event.at, null, candidate.candidate, candidateKey(candidate));
      else add('end-of-candidates', event.peer, event.at, null, '', '');
    } else if (event.type === 'candidate-delivered') {
      const key = candidateKey(event.candidate);
      const found = waiting('candidate', event.peer, key);
      if (found) found.deliveredAt = event.at;
      else add('candidate', event.peer, null, event.at, event.candidate.candidate, key);
    }
  }
  return messages.map(({ key: _key, ...message }) => message);
}
