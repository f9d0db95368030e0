import { isMilestoneId, type MilestoneId } from './catalog';
import { mergeProgress, sameProgress } from './merge';
import { progressBackupKey, progressKey } from './keys';
import {
  emptyProgress,
  maxProgressText,
  parseProgressText,
  serializeProgress,
  type ProgressState,
  type SchemaProblem,
} from './schema';

/** The part of `Storage` the store uses; `null` when even reaching `localStorage` threw. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;

/** What the reader should be told about their saved progress: nothing, an unreadable value moved aside, or not kept. */
export type ProgressNotice = 'none' | 'moved-aside' | 'memory-only';

/** The outcome of importing a file. */
export type ImportResult =
  | { readonly ok: true; readonly added: number }
  | { readonly ok: false; readonly problem: SchemaProblem | 'too-large' | 'empty' };

/** One page's view of the reader's progress, kept in storage when storage works and in memory when it does not. */
export interface ProgressStore {
  readonly state: ProgressState;
  readonly notice: ProgressNotice;
  /** Records a milestone; false when the id is malformed or it was already reached. */
  reach(id: string): boolean;
  /** Forgets every milestone (in every tab, since the reset time travels with the state). */
  reset(): void;
  /** Takes in a value another tab wrote (the `storage` event's `newValue`). */
  receive(raw: string | null): void;
  /** Merges a progress file into the current state. */
  importText(text: string): ImportResult;
  /** The current state as a file's text. */
  exportText(): string;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Creates the store over injected storage and clock (the browser's by default, fakes in tests). */
export function createProgressStore(storage: ProgressStorage, now: () => number = Date.now): ProgressStore {
  const listeners = new Set<() => void>();
  let target = storage;
  let notice: ProgressNotice = storage ? 'none' : 'memory-only';
  let state = emptyProgress;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const toMemory = () => {
    target = null;
    notice = 'memory-only';
  };

  /** The stored state, or null when nothing readable is stored; an unreadable value is moved aside. */
  const readStored = (): ProgressState | null => {
    if (!target) return null;
    let raw: string | null;
    try {
      raw = target.getItem(progressKey);
    } catch {
      toMemory();
      return null;
    }
    if (raw === null) return null;
    const parsed = raw.length > maxProgressText ? null : parseProgressText(raw);
    if (parsed?.ok) return parsed.state;
    try {
      target.setItem(progressBackupKey, raw);
      target.removeItem(progressKey);
      notice = 'moved-aside';
    } catch {
      toMemory();
    }
    return null;
  };

  const write = () => {
    if (!target) return;
    try {
      target.setItem(progressKey, serializeProgress(state));
    } catch {
      toMemory();
    }
  };

  /** Merges in what storage holds now (another tab may have written since), applies `change`, writes back. */
  const update = (change: (current: ProgressState) => ProgressState) => {
    const stored = readStored();
    const before = state;
    state = change(stored ? mergeProgress(state, stored) : state);
    write();
    if (!sameProgress(before, state) || notice !== 'none') notify();
  };

  state = readStored() ?? emptyProgress;

  return {
    get state() {
      return state;
    },
    get notice() {
      return notice;
    },
    reach(id) {
      if (!isMilestoneId(id) || state.milestones[id] !== undefined) return false;
      const at = Math.max(now(), state.resetAt + 1);
      update((current) => mergeProgress(current, { milestones: { [id as MilestoneId]: at }, resetAt: 0 }));
      return true;
    },
    reset() {
      update(() => ({ milestones: {}, resetAt: Math.max(now(), state.resetAt + 1) }));
    },
    receive(raw) {
      if (raw === null) return;
      const parsed = raw.length > maxProgressText ? null : parseProgressText(raw);
      if (!parsed?.ok) return;
      const merged = mergeProgress(state, parsed.state);
      if (sameProgress(merged, state)) return;
      state = merged;
      // Write back only what the other tab lacked, so its next read sees our milestones too.
      if (!sameProgress(merged, parsed.state)) write();
      notify();
    },
    importText(text) {
      if (text.trim() === '') return { ok: false, problem: 'empty' };
      if (text.length > maxProgressText) return { ok: false, problem: 'too-large' };
      const parsed = parseProgressText(text);
      if (!parsed.ok) return parsed;
      const before = Object.keys(state.milestones).length;
      // A file's reset time is the other device's business; its milestones are what the reader brings along, so one
      // reached before this device's last reset counts as reached now.
      const floor = Math.max(now(), state.resetAt + 1);
      const milestones = Object.fromEntries(
        Object.entries(parsed.state.milestones).map(([id, at = floor]) => [id, at > state.resetAt ? at : floor]),
      );
      update((current) => mergeProgress(current, { milestones, resetAt: 0 }));
      return { ok: true, added: Object.keys(state.milestones).length - before };
    },
    exportText() {
      return serializeProgress(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
