/**
 * What each chapter asks a reader to do, as milestone names. A chapter is done when every one of its milestones is
 * reached. `self-check` means the reader opened every answer of the chapter's self-check (every chapter with a
 * self-check lists it; the page watches it by itself). A chapter registers another milestone with one line here and
 * reports it from its island with `reachMilestone(chapter, name)` (src/components/progress/reach.ts).
 */
export const chapterMilestones: Readonly<Record<string, readonly string[]>> = {
  '01-introduction': ['self-check'],
  '02-overview': ['self-check'],
  '03-get-the-code': ['self-check'],
  '04-webcam': ['live-video', 'self-check'],
  '05-peer-connection': ['manual-call', 'self-check'],
  '06-data-channel': ['message-across'],
  '07-signaling': ['message-exchanged', 'self-check'],
  '08-call': ['connected', 'self-check'],
  '09-photo': ['photo-received', 'file-received', 'self-check'],
  '10-congratulations': ['self-check'],
};

/** A milestone's stored id: `<chapter slug>/<name>`, e.g. `05-peer-connection/manual-call`. */
export type MilestoneId = `${string}/${string}`;

const idPattern = /^\d{2}-[a-z0-9-]{1,40}\/[a-z0-9-]{1,40}$/;

/** Whether a string has the shape of a milestone id (chapters may add names, so unknown names pass). */
export function isMilestoneId(value: string): value is MilestoneId {
  return idPattern.test(value);
}

/** The id of one chapter's milestone. */
export function milestoneId(chapter: string, name: string): MilestoneId {
  return `${chapter}/${name}`;
}
