import type { Translate } from '../../i18n';
import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';

/**
 * Where the other peer is: in this page (the default: Alice and Bob, chapter 6's call) or in another tab or device
 * (chapter 8's room). A `?room=` address opens the second at once. The two-tab code loads only when it is chosen.
 */
class PhotoLink extends Island {
  #t: Translate = clientStrings('transfer');
  #unmount: (() => void) | null = null;
  /** Bumped on every switch, so a slow load that was overtaken by another switch does nothing. */
  #switches = 0;

  protected mount(): void {
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="link"]')) {
      this.listen(radio, 'change', () => void this.#use(radio.value === 'tabs' ? 'tabs' : 'page'));
    }
    this.own(() => this.#unmount?.());
    // tabs-panel.ts checks the room id itself; here only its presence counts.
    if (new URLSearchParams(location.search).has('room')) {
      this.#radio('tabs').checked = true;
      void this.#use('tabs');
    }
  }

  async #use(mode: 'page' | 'tabs'): Promise<void> {
    const turn = ++this.#switches;
    this.#unmount?.();
    this.#unmount = null;
    const panel = this.querySelector<HTMLElement>('[data-tabs-panel]');
    const note = this.querySelector<HTMLElement>('[data-link-note]');
    if (panel) panel.hidden = mode !== 'tabs';
    if (note) {
      note.textContent = '';
      delete note.dataset['tone'];
    }
    this.dataset['mode'] = mode;
    if (mode === 'page') return forgetRoom();
    if (note) note.textContent = this.#t('transfer.tabs.loading');
    try {
      const { mountTabs } = await import('./tabs-panel');
      if (turn !== this.#switches) return;
      this.#unmount = mountTabs(this, this.#t);
      if (note) note.textContent = '';
    } catch (error) {
      if (turn !== this.#switches || !note) return;
      note.textContent = this.#t('transfer.tabs.loadFailed', { message: String(error) });
      note.dataset['tone'] = 'bad';
    }
  }

  #radio(value: string): HTMLInputElement {
    return this.querySelector<HTMLInputElement>(`input[name="link"][value="${value}"]`)!;
  }
}

/** Back in one page, the address no longer names a room, so a reload stays in one page. */
function forgetRoom(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('room')) return;
  url.searchParams.delete('room');
  url.searchParams.delete('transport');
  history.replaceState(history.state, '', url.href);
}

export function definePhotoLink(): void {
  defineIsland('photo-link', PhotoLink);
}
