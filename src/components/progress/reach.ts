/** The DOM event that announces a reached milestone. */
export const milestoneEvent = 'tutorial:milestone';

/** What the event carries: the chapter's slug and the milestone's name. */
export interface MilestoneDetail {
  readonly chapter: string;
  readonly name: string;
}

/**
 * The one call a chapter makes when the reader has done what one of its milestones asks, e.g.
 * `reachMilestone('08-call', 'connected')`; the name must be listed for that chapter in src/lib/progress/catalog.ts.
 * It only announces the milestone, so an island carries none of the progress code: progress-boot.ts loads the page's
 * progress store on the first announcement, and the store keeps it. Announcing it again is harmless.
 */
export function reachMilestone(chapter: string, name: string, doc: Document = document): void {
  const detail: MilestoneDetail = { chapter, name };
  doc.dispatchEvent(new CustomEvent(milestoneEvent, { detail }));
}
