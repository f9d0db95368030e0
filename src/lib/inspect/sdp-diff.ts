/** What the answer kept, chose and changed of the offer, section by section. */
import type { SDPDirection } from 'sdp';
import { SDPUtils } from './sdp-utils';

/** What the answer did to one media section of the offer. */
export interface SectionDiff {
  readonly index: number;
  readonly mid: string | null;
  readonly media: string;
  /** Codec names in the offer's order of preference, each once. */
  readonly offered: readonly string[];
  /** Codec names the answer kept, in its order: the first is the one used for sending. */
  readonly kept: readonly string[];
  readonly dropped: readonly string[];
  /** The first kept codec that carries media (not rtx, red, FEC, comfort noise or key presses). */
  readonly primary: string | null;
  readonly offerDirection: SDPDirection;
  readonly answerDirection: SDPDirection | null;
  readonly offerSetup: string | null;
  readonly answerSetup: string | null;
  /** The answer turned the section down (port 0) or has no section for it. */
  readonly rejected: boolean;
}

const unique = (names: string[]) => [...new Set(names)];
const helperCodecs = ['rtx', 'red', 'ulpfec', 'flexfec-03', 'cn', 'telephone-event'];

function codecNames(section: string): string[] {
  return unique(SDPUtils.parseRtpParameters(section).codecs.map((c) => c.name));
}

function setupRole(section: string, session: string): string | null {
  const found = SDPUtils.matchPrefix(section, 'a=setup:')[0] ?? SDPUtils.matchPrefix(session, 'a=setup:')[0];
  return found ? found.slice('a=setup:'.length) : null;
}

/** Compares an answer with its offer, one media section at a time (matched by mid, else by position). */
export function diffOfferAnswer(offer: string, answer: string): SectionDiff[] {
  try {
    const [offerSession = '', ...offerSections] = SDPUtils.splitSections(offer);
    const [answerSession = '', ...answerSections] = SDPUtils.splitSections(answer);
    return offerSections.map((section, index) => {
      const mid = SDPUtils.getMid(section) ?? null;
      const match =
        (mid === null ? undefined : answerSections.find((a) => SDPUtils.getMid(a) === mid)) ??
        (mid === null ? answerSections[index] : undefined);
      const offered = codecNames(section);
      const kept = match ? codecNames(match) : [];
      return {
        index,
        mid,
        media: SDPUtils.getKind(section),
        offered,
        kept,
        dropped: offered.filter((name) => !kept.includes(name)),
        primary: kept.find((name) => !helperCodecs.includes(name.toLowerCase())) ?? null,
        offerDirection: SDPUtils.getDirection(section, offerSession),
        answerDirection: match ? SDPUtils.getDirection(match, answerSession) : null,
        offerSetup: setupRole(section, offerSession),
        answerSetup: match ? setupRole(match, answerSession) : null,
        rejected: !match || SDPUtils.isRejected(match),
      };
    });
  } catch {
    return [];
  }
}
