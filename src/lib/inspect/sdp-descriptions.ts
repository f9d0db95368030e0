/** The latest offer and answer a call's events carry, with who wrote and who received each. */
import { other, type CallEvent, type PeerId } from '../call/types';

/** An offer or answer as the peers set it: who wrote it, and whether each side has set it. */
export interface DescriptionView {
  readonly type: 'offer' | 'answer';
  readonly sdp: string;
  /** The peer that wrote it (its local description). */
  readonly author: PeerId;
  readonly setLocal: boolean;
  readonly setRemote: boolean;
  /** The other peer was given a different text than the author set. */
  readonly remoteDiffers: boolean;
}

/** The latest offer and answer of a call, from its description events. */
export function latestDescriptions(events: readonly CallEvent[]): {
  offer: DescriptionView | null;
  answer: DescriptionView | null;
} {
  const latest: { offer: DescriptionView | null; answer: DescriptionView | null } = { offer: null, answer: null };
  for (const event of events) {
    if (event.type !== 'description' || (event.sdpType !== 'offer' && event.sdpType !== 'answer')) continue;
    const type = event.sdpType;
    const current = latest[type];
    const author = event.side === 'local' ? event.peer : other(event.peer);
    if (event.side === 'remote' && current && current.author === author && !current.setRemote) {
      latest[type] = { ...current, setRemote: true, remoteDiffers: current.sdp !== event.sdp };
    } else {
      const local = event.side === 'local';
      latest[type] = { type, sdp: event.sdp, author, setLocal: local, setRemote: !local, remoteDiffers: false };
    }
  }
  return latest;
}
