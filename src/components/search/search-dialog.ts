import type { Translate } from '../../i18n/translator';
import { clientStrings } from '../client-strings';
import { excerptNodes } from './excerpt';
import { loadPagefind, type Pagefind, type PagefindData } from './pagefind';

const maxResults = 8;

interface Parts {
  readonly dialog: HTMLDialogElement;
  readonly input: HTMLInputElement;
  readonly status: HTMLElement;
  readonly list: HTMLElement;
}

/**
 * `<site-search>`: the header's search button and dialog. The element is defined only when this module loads, on
 * the reader's first opening (search-boot.ts); from then on the boot calls `open` directly.
 */
export class SiteSearch extends HTMLElement {
  #t: Translate = clientStrings('search');
  #parts: Parts | null = null;
  #pagefind: Promise<Pagefind> | null = null;
  #returnTo: HTMLElement | null = null;
  #firstResults = true;
  /** The query whose results the list shows, so that a late answer to the same query does not rebuild it. */
  #shownQuery: string | null = null;

  connectedCallback(): void {
    if (this.#parts) return;
    const dialog = this.#part<HTMLDialogElement>('[data-search-dialog]');
    this.#parts = {
      dialog,
      input: this.#part<HTMLInputElement>('[data-search-input]'),
      status: this.#part('[data-search-status]'),
      list: this.#part('[data-search-results]'),
    };
    this.#parts.input.addEventListener('input', () => void this.#search());
    dialog.addEventListener('keydown', (event) => this.#onKey(event));
    this.#part('[data-search-close]').addEventListener('click', () => dialog.close());
    // Escape closes a modal dialog by itself; wherever it closes from, focus goes back where the reader was.
    dialog.addEventListener('close', () => this.#returnTo?.focus());
    // A click on the backdrop (outside the dialog's box) closes it too.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }

  /** Shows the dialog and, the first time, loads Pagefind; focus returns to `returnTo` when it closes. */
  open(returnTo: HTMLElement | null): void {
    const { dialog, input } = this.#p;
    this.#returnTo = returnTo;
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    if (this.#pagefind) return;
    this.#say(this.#t('search.loading'));
    this.#pagefind = loadPagefind(dialog.dataset['base'] ?? '/');
    this.#pagefind.then(
      () => void this.#search(),
      (error: unknown) => {
        // The next opening tries again.
        this.#pagefind = null;
        this.#say(this.#t('search.failed', { reason: error instanceof Error ? error.message : String(error) }));
      },
    );
  }

  /** The dialog's parts, found once the element is on the page. */
  get #p(): Parts {
    if (!this.#parts) throw new Error('<site-search> is not on the page');
    return this.#parts;
  }

  async #search(): Promise<void> {
    const pagefind = await this.#pagefind?.catch(() => null);
    if (!pagefind) return;
    const { input, list } = this.#p;
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      this.#shownQuery = null;
      this.#say(this.#t('search.hint'));
      return;
    }
    const found = await pagefind.debouncedSearch(query, {}, 150);
    // null: a newer query replaced this one while it waited.
    if (!found || query !== input.value.trim()) return;
    // The same query can be answered twice (Pagefind finishing loading, then the last keystroke): rebuilding the list
    // would drop the focus of a reader already moving through it with the arrow keys.
    if (query === this.#shownQuery) return;
    const data = await Promise.all(found.results.slice(0, maxResults).map((r) => r.data()));
    if (query !== input.value.trim() || query === this.#shownQuery) return;
    list.replaceChildren(...data.map((d) => this.#item(d)));
    this.#shownQuery = query;
    this.#say(
      data.length === 0
        ? this.#t('search.none', { query })
        : this.#t('search.count', { query, n: found.results.length }),
    );
    if (this.#firstResults && data.length > 0) {
      this.#firstResults = false;
      performance.mark('search:results');
    }
  }

  /** One result: the chapter, the best-matching section and its excerpt, linking to that section. */
  #item(data: PagefindData): HTMLLIElement {
    const section = data.sub_results?.find((s) => s.url.includes('#')) ?? data.sub_results?.[0];
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = section?.url ?? data.url;
    const chapter = document.createElement('span');
    chapter.className = 'chapter';
    chapter.textContent = data.meta['title'] ?? '';
    link.append(chapter);
    if (section && section.title !== data.meta['title']) {
      const heading = document.createElement('span');
      heading.className = 'section';
      heading.textContent = section.title;
      link.append(heading);
    }
    const excerpt = document.createElement('span');
    excerpt.className = 'excerpt';
    excerpt.append(...excerptNodes(section?.excerpt ?? data.excerpt, document));
    link.append(excerpt);
    item.append(link);
    return item;
  }

  /** Arrow keys move between the field and the results; Enter follows the focused link by itself. */
  #onKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#p.list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    if (next < 0) this.#p.input.focus();
    else links[next]?.focus();
  }

  #say(text: string): void {
    this.#p.status.textContent = text;
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`<site-search> lacks ${selector}`);
    return element;
  }
}

/** Registers `<site-search>`; its markup is already on the page, so the element upgrades at once. */
export function defineSiteSearch(): void {
  if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
}
