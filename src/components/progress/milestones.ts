import { milestoneId } from '../../lib/progress/catalog';
import { createProgressStore, progressKey, type ProgressStorage, type ProgressStore } from '../../lib/progress/store';

let store: ProgressStore | null = null;

/** The page's progress store, created on first use over localStorage and kept in step with other tabs. */
export function pageProgress(): ProgressStore {
  if (store) return store;
  const created = createProgressStore(browserStorage());
  window.addEventListener('storage', (event) => {
    if (event.key === progressKey) created.receive(event.newValue);
  });
  store = created;
  return created;
}

/**
 * The one call a chapter makes when the reader has done something it teaches, e.g.
 * `reachMilestone('06-data-channel', 'message-across')`. The name must be listed for that chapter in
 * src/lib/progress/catalog.ts to count towards "done"; calling it again is harmless.
 */
export function reachMilestone(chapter: string, name: string): void {
  pageProgress().reach(milestoneId(chapter, name));
}

function browserStorage(): ProgressStorage {
  // Reading the property itself throws where storage is disabled or the origin is opaque.
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
