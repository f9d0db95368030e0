import type { MilestoneId } from './catalog';
import type { ProgressState } from './schema';

/**
 * Joins two views of the same reader's progress (two tabs, an imported file): every milestone either side reached
 * stays, with the earlier time, unless a reset on either side came after it.
 */
export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const resetAt = Math.max(a.resetAt, b.resetAt);
  const milestones: Partial<Record<MilestoneId, number>> = {};
  for (const side of [a, b]) {
    for (const [id, at] of Object.entries(side.milestones) as [MilestoneId, number][]) {
      if (at <= resetAt) continue;
      const known = milestones[id];
      milestones[id] = known === undefined ? at : Math.min(known, at);
    }
  }
  return { milestones, resetAt };
}

/** Whether two states hold the same milestones and reset time. */
export function sameProgress(a: ProgressState, b: ProgressState): boolean {
  const ids = Object.keys(a.milestones) as MilestoneId[];
  return (
    a.resetAt === b.resetAt &&
    ids.length === Object.keys(b.milestones).length &&
    ids.every((id) => a.milestones[id] === b.milestones[id])
  );
}
