import { isMilestoneId, type MilestoneId } from './catalog';

/** The `format` marker that tells our files and stored values from anything else. */
export const progressFormat = 'webrtc-tutorial-progress';
/** The schema version this code reads and writes. */
export const progressVersion = 1;
/** The largest file or stored value read, in characters. */
export const maxProgressText = 64 * 1024;
/** The most milestones a value may hold; far above what the chapters define, low enough to refuse junk. */
export const maxMilestones = 500;

/** Reached milestones with the time each was first reached, and the time of the last reset (0 when never). */
export interface ProgressState {
  readonly milestones: Readonly<Partial<Record<MilestoneId, number>>>;
  readonly resetAt: number;
}

/** Why a value is not progress we can read. */
export type SchemaProblem = 'not-json' | 'not-progress' | 'newer-version' | 'bad-milestone' | 'too-many';

/** The state of a reader who has done nothing yet. */
export const emptyProgress: ProgressState = { milestones: {}, resetAt: 0 };

/** Checks a parsed value against the schema; only a fully valid value is accepted. */
export function parseProgress(
  value: unknown,
): { ok: true; state: ProgressState } | { ok: false; problem: SchemaProblem } {
  if (!isRecord(value) || value['format'] !== progressFormat) return { ok: false, problem: 'not-progress' };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: 'not-progress' };
  }
  if (version > progressVersion) return { ok: false, problem: 'newer-version' };
  const resetAt = value['resetAt'] ?? 0;
  const raw = value['milestones'];
  if (!isTime(resetAt) || !isRecord(raw)) return { ok: false, problem: 'not-progress' };
  const entries = Object.entries(raw);
  if (entries.length > maxMilestones) return { ok: false, problem: 'too-many' };
  const milestones: Partial<Record<MilestoneId, number>> = {};
  for (const [id, at] of entries) {
    if (!isMilestoneId(id) || !isTime(at)) return { ok: false, problem: 'bad-milestone' };
    milestones[id] = at;
  }
  return { ok: true, state: { milestones, resetAt } };
}

/** Parses text (a stored value or a file) and checks it. */
export function parseProgressText(
  text: string,
): { ok: true; state: ProgressState } | { ok: false; problem: SchemaProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  return parseProgress(value);
}

/** The stored and exported form of a state. */
export function serializeProgress(state: ProgressState): string {
  return JSON.stringify({
    format: progressFormat,
    version: progressVersion,
    resetAt: state.resetAt,
    milestones: state.milestones,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
