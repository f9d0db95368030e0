import type { ProgressState } from '../../lib/progress/schema';
import { chapterStatus, type ChapterStatus } from '../../lib/progress/status';

/** The attribute of a progress list (`data-label-…`) that holds each status's word in the page's language. */
const labelKey: Readonly<Record<ChapterStatus, string>> = {
  done: 'labelDone',
  started: 'labelStarted',
  'not-started': 'labelNotStarted',
};

/**
 * Marks every chapter entry (`data-progress-chapter`) of the page's progress lists (`data-progress-scope`: the sidebar,
 * the summary) with its status, as `data-progress` for styles and as a word in the entry's `data-progress-mark`.
 */
export function renderMarks(doc: Document, state: ProgressState): void {
  for (const scope of doc.querySelectorAll<HTMLElement>('[data-progress-scope]')) {
    for (const item of scope.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
      const status = chapterStatus(state, item.dataset['progressChapter'] ?? '');
      item.dataset['progress'] = status;
      const mark = item.querySelector<HTMLElement>('[data-progress-mark]');
      if (mark) mark.textContent = scope.dataset[labelKey[status]] ?? '';
    }
  }
}
