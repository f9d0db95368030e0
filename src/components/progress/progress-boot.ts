import type { progressKey as storedKey } from '../../lib/progress/keys';
import { runLazyModule } from '../lazy-module';
import type { milestoneEvent as announcedEvent, MilestoneDetail } from './reach';

// Written out, with their types tying them to the originals: importing a module the store or the islands import too
// would split it into a chunk of its own, and this boot would no longer be inlined into the page.
const progressKey: typeof storedKey = 'webrtc-tutorial:progress:v1';
const milestoneEvent: typeof announcedEvent = 'tutorial:milestone';

/**
 * The progress code every page carries. The marks in the HTML say "not started"; when the page is idle this checks
 * whether anything is stored and only then loads the page's progress store (page-progress.ts, waiting in a template),
 * which reads, checks and shows it. The store also loads when a milestone is announced (the chapter's self-check,
 * watched here, or an island's `reachMilestone`) or another tab writes progress.
 */
export function initProgress(doc: Document, win: Window = window): void {
  let store: Promise<void> | null = null;
  let ready = false;
  const loadStore = () =>
    (store ??= runLazyModule(doc, 'progress').then(
      () => void (ready = true),
      () => void (store = null), // offline: the next need tries again
    ));
  const check = () => {
    if (!store && somethingStored(win)) void loadStore();
  };

  // A milestone announced before the store is there is announced again once it listens.
  doc.addEventListener(milestoneEvent, (event) => {
    if (ready) return;
    const { detail } = event as CustomEvent<MilestoneDetail>;
    void loadStore().then(() => ready && doc.dispatchEvent(new CustomEvent(milestoneEvent, { detail })));
  });
  win.addEventListener('storage', (event) => {
    if (event.key === progressKey) check();
  });
  if ('requestIdleCallback' in win) win.requestIdleCallback(check, { timeout: 2000 });
  else setTimeout(check, 200);
  watchSelfCheck(doc);
}

/** Whether the store has anything to show: a stored value, or a storage that throws (then it says so). */
function somethingStored(win: Window): boolean {
  try {
    return win.localStorage.getItem(progressKey) !== null;
  } catch {
    return true;
  }
}

/** A chapter's self-check counts as answered once the reader has opened every one of its answers. */
function watchSelfCheck(doc: Document): void {
  const body = doc.querySelector<HTMLElement>('[data-progress-page]');
  const chapter = body?.dataset['progressPage'];
  if (!body || !chapter) return;
  const unopened = new Set(body.querySelectorAll<HTMLDetailsElement>(':scope > details'));
  for (const details of unopened) {
    details.addEventListener('toggle', () => {
      if (!details.open || !unopened.delete(details) || unopened.size > 0) return;
      const detail: MilestoneDetail = { chapter, name: 'self-check' };
      doc.dispatchEvent(new CustomEvent(milestoneEvent, { detail }));
    });
  }
}
