import { chapterCount } from '../../lib/progress/status';
import { maxProgressText } from '../../lib/progress/schema';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import { pageProgress } from './page-progress';
import { importProblemKey } from './status-text';

/** The progress summary's tools: per-chapter counts, reset (pressed twice), save to a file and load from one. */
class ProgressPanel extends Island {
  #t = clientStrings('progress');
  #armedReset = false;

  protected mount(): void {
    const store = pageProgress();
    this.own(store.subscribe(() => this.#renderCounts()));
    this.#renderCounts();
    this.listen(this.querySelector('[data-progress-reset]'), 'click', () => this.#reset());
    this.listen(this.querySelector('[data-progress-export]'), 'click', () => this.#export());
    const input = this.querySelector<HTMLInputElement>('[data-progress-import]');
    this.listen(input, 'change', () => void this.#import(input));
  }

  #renderCounts(): void {
    const { state } = pageProgress();
    for (const item of this.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
      const count = item.querySelector<HTMLElement>('[data-progress-count]');
      const { reached, total } = chapterCount(state, item.dataset['progressChapter'] ?? '');
      if (count) count.textContent = total > 0 ? this.#t('progress.count', { reached, total }) : '';
    }
  }

  #reset(): void {
    if (!this.#armedReset) {
      this.#armedReset = true;
      this.#say(this.#t('progress.resetConfirm'));
      return;
    }
    this.#armedReset = false;
    pageProgress().reset();
    this.#say(this.#t('progress.resetDone'));
  }

  #export(): void {
    this.#armedReset = false;
    const url = URL.createObjectURL(new Blob([pageProgress().exportText()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'webrtc-tutorial-progress.json';
    link.click();
    // The download has started from the URL; it can go once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  async #import(input: HTMLInputElement | null): Promise<void> {
    this.#armedReset = false;
    const file = input?.files?.[0];
    if (!input || !file) return;
    input.value = '';
    // A huge file is refused before it is read.
    if (file.size > maxProgressText) {
      this.#say(this.#t(importProblemKey['too-large']), true);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#say(this.#t('progress.import.unreadable'), true);
      return;
    }
    const result = pageProgress().importText(text);
    if (result.ok) this.#say(this.#t('progress.imported', { n: result.added }));
    else this.#say(this.#t(importProblemKey[result.problem]), true);
  }

  #say(text: string, error = false): void {
    const line = this.querySelector<HTMLElement>('[data-progress-message]');
    if (!line) return;
    line.textContent = text;
    line.classList.toggle('error', error);
  }
}

/** Registers `<progress-panel>`. */
export function defineProgressPanel(): void {
  defineIsland('progress-panel', ProgressPanel);
}
