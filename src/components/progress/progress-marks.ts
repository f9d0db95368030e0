import { chapterStatus } from '../../lib/progress/status';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { pageProgress } from './milestones';
import { noticeKey, statusKey } from './status-text';

/**
 * Marks every element with `data-progress-chapter` in its container with that chapter's status (done, started, not
 * started), and shows the one-line notice when saved progress was unreadable or cannot be kept.
 */
class ProgressMarks extends Island {
  protected mount(): void {
    const store = pageProgress();
    const render = () => this.#render();
    this.own(store.subscribe(render));
    render();
  }

  #render(): void {
    const t = clientStrings('progress');
    const { state, notice } = pageProgress();
    const scope = this.closest('[data-progress-scope]') ?? document;
    for (const item of scope.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
      const status = chapterStatus(state, item.dataset['progressChapter'] ?? '');
      item.dataset['progress'] = status;
      const mark = item.querySelector<HTMLElement>('[data-progress-mark]');
      if (mark) {
        mark.hidden = false;
        mark.textContent = t(statusKey[status]);
      }
    }
    const line = this.querySelector<HTMLElement>('[data-progress-notice]');
    if (line) {
      line.hidden = notice === 'none';
      line.textContent = notice === 'none' ? '' : t(noticeKey[notice]);
    }
  }
}

/** Registers `<progress-marks>`. */
export function defineProgressMarks(): void {
  defineIsland('progress-marks', ProgressMarks);
}
