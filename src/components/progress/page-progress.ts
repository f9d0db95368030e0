import { milestoneId } from '../../lib/progress/catalog';
import { progressKey } from '../../lib/progress/keys';
import {
  createProgressStore,
  type ProgressNotice,
  type ProgressStorage,
  type ProgressStore,
} from '../../lib/progress/store';
import { renderMarks } from './marks';
import { milestoneEvent, type MilestoneDetail } from './reach';

let store: ProgressStore | null = null;

/**
 * The page's progress store, created on first use over localStorage: it keeps the milestones the page announces,
 * follows other tabs, and keeps the chapter marks and the notice line up to date.
 */
export function pageProgress(doc: Document = document): ProgressStore {
  if (store) return store;
  const created = createProgressStore(browserStorage());
  store = created;
  const render = () => {
    renderMarks(doc, created.state);
    renderNotice(doc, created.notice);
  };
  created.subscribe(render);
  render();
  doc.defaultView?.addEventListener('storage', (event) => {
    if (event.key === progressKey) created.receive(event.newValue);
  });
  doc.addEventListener(milestoneEvent, (event) => {
    const { detail } = event as CustomEvent<Partial<MilestoneDetail> | null>;
    if (typeof detail?.chapter === 'string' && typeof detail.name === 'string') {
      created.reach(milestoneId(detail.chapter, detail.name));
    }
  });
  return created;
}

/** Shows the one-line notice (progress set aside, or not kept) in the words its element carries. */
function renderNotice(doc: Document, notice: ProgressNotice): void {
  for (const line of doc.querySelectorAll<HTMLElement>('[data-progress-notice]')) {
    const text = notice === 'none' ? '' : (line.dataset[notice === 'moved-aside' ? 'movedAside' : 'memoryOnly'] ?? '');
    line.textContent = text;
    line.hidden = text === '';
  }
}

function browserStorage(): ProgressStorage {
  // Reading the property itself throws where storage is disabled or the origin is opaque.
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
