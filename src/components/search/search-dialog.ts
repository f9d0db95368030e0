import type { Translate } from '../../i18n/translator';
import { clientStrings } from '../client-strings';
import { excerptNodes } from './excerpt';
import { loadPagefind, type Pagefind, type PagefindData } from './pagefind';

const maxResults = 8;

/** The search dialog's behaviour, loaded with Pagefind the first time the reader opens search. */
class SearchDialog {
  readonly #dialog: HTMLDialogElement;
  readonly #input: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLElement;
  readonly #t: Translate = clientStrings('search');
  #pagefind: Promise<Pagefind> | null = null;
  #returnTo: HTMLElement | null = null;
  #firstResults = true;

  constructor(dialog: HTMLDialogElement) {
    this.#dialog = dialog;
    this.#input = this.#part<HTMLInputElement>('[data-search-input]');
    this.#status = this.#part('[data-search-status]');
    this.#list = this.#part('[data-search-results]');
    this.#input.addEventListener('input', () => void this.#search());
    this.#dialog.addEventListener('keydown', (event) => this.#onKey(event));
    this.#part('[data-search-close]').addEventListener('click', () => this.#dialog.close());
    // Escape closes a modal dialog by itself; wherever it closes from, focus goes back where the reader was.
    this.#dialog.addEventListener('close', () => this.#returnTo?.focus());
    // A click on the backdrop (outside the dialog's box) closes it too.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
    });
  }

  open(returnTo: HTMLElement | null): void {
    this.#returnTo = returnTo;
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#input.focus();
    this.#input.select();
    if (!this.#pagefind) {
      this.#say(this.#t('search.loading'));
      const base = this.#dialog.dataset['base'] ?? '/';
      this.#pagefind = loadPagefind(base);
      this.#pagefind.then(
        () => void this.#search(),
        (error: unknown) => {
          // The next opening tries again.
          this.#pagefind = null;
          this.#say(this.#t('search.failed', { reason: error instanceof Error ? error.message : String(error) }));
        },
      );
    }
  }

  async #search(): Promise<void> {
    const pagefind = await this.#pagefind?.catch(() => null);
    if (!pagefind) return;
    const query = this.#input.value.trim();
    if (query === '') {
      this.#list.replaceChildren();
      this.#say(this.#t('search.hint'));
      return;
    }
    const found = await pagefind.debouncedSearch(query, {}, 150);
    // null: a newer query replaced this one while it waited.
    if (!found || query !== this.#input.value.trim()) return;
    const data = await Promise.all(found.results.slice(0, maxResults).map((r) => r.data()));
    if (query !== this.#input.value.trim()) return;
    this.#list.replaceChildren(...data.map((d) => this.#item(d)));
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
    const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    event.preventDefault();
    if (next < 0) this.#input.focus();
    else links[next]?.focus();
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.#dialog.querySelector<T>(selector);
    if (!element) throw new Error(`The search dialog lacks ${selector}`);
    return element;
  }
}

const dialogs = new WeakMap<HTMLDialogElement, SearchDialog>();

/** Opens the search dialog (setting it up the first time); focus returns to `returnTo` when it closes. */
export function openSearch(dialog: HTMLDialogElement, returnTo: HTMLElement | null): void {
  let search = dialogs.get(dialog);
  if (!search) {
    search = new SearchDialog(dialog);
    dialogs.set(dialog, search);
  }
  search.open(returnTo);
}
