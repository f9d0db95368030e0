/** The phases of one side of a call across two tabs, in the order the page lists them (data only). */
export const phaseIds = [
  'create-peer',
  'add-tracks',
  'create-offer',
  'set-local-offer',
  'set-remote-offer',
  'create-answer',
  'set-local-answer',
  'set-remote-answer',
  'add-candidates',
  'hang-up',
] as const;
export type PhaseId = (typeof phaseIds)[number];

/** Which side runs a phase: the caller offers, the callee answers; `both` phases run on each side. */
export type Role = 'caller' | 'callee';

/** The side each phase belongs to. */
export const phaseRole: Readonly<Record<PhaseId, Role | 'both'>> = {
  'create-peer': 'both',
  'add-tracks': 'both',
  'create-offer': 'caller',
  'set-local-offer': 'caller',
  'set-remote-offer': 'callee',
  'create-answer': 'callee',
  'set-local-answer': 'callee',
  'set-remote-answer': 'caller',
  'add-candidates': 'both',
  'hang-up': 'both',
};

/** The room's role decides the side: the first in the room (impolite) calls, the second (polite) answers. */
export function roleOf(polite: boolean | null): Role | null {
  if (polite === null) return null;
  return polite ? 'callee' : 'caller';
}
