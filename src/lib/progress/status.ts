import { chapterMilestones, milestoneId } from './catalog';
import type { ProgressState } from './schema';

/** How far a reader is in one chapter. */
export type ChapterStatus = 'done' | 'started' | 'not-started';

/** A chapter's status: done when all its milestones are reached, started when some are; none listed is not started. */
export function chapterStatus(state: ProgressState, chapter: string): ChapterStatus {
  const { reached, total } = chapterCount(state, chapter);
  if (total > 0 && reached === total) return 'done';
  return reached > 0 ? 'started' : 'not-started';
}

/** How many of a chapter's milestones are reached, out of how many. */
export function chapterCount(state: ProgressState, chapter: string): { reached: number; total: number } {
  const names = chapterMilestones[chapter] ?? [];
  const reached = names.filter((name) => state.milestones[milestoneId(chapter, name)] !== undefined).length;
  return { reached, total: names.length };
}
