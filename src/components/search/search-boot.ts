import { runLazyModule } from '../lazy-module';
import type { SiteSearch } from './search-dialog';

/**
 * The only search code a page carries: it opens search from the header button, `/`, or Ctrl+K / Cmd+K. The first
 * opening fetches the dialog's module, which defines `<site-search>` (and through it Pagefind and the index).
 */
export function initSearch(doc: Document): void {
  const host = doc.querySelector('site-search');
  const button = host?.querySelector('button');
  const dialog = host?.querySelector('dialog');
  if (!host || !button || !dialog) return;

  const open = (returnTo: HTMLElement) => {
    if (dialog.open) return;
    performance.mark('search:open');
    runLazyModule(doc, 'search').then(
      () => (host as SiteSearch).open(returnTo),
      () => {
        // Offline, or a page left over from an older build: the dialog's failure line is already on the page.
        dialog.querySelector('[data-search-status]')!.textContent = dialog.dataset['loadFailed'] ?? '';
        dialog.addEventListener('close', () => returnTo.focus(), { once: true });
        dialog.showModal();
      },
    );
  };

  button.addEventListener('click', () => open(button));
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.isComposing) return;
    const modifier = event.ctrlKey || event.metaKey;
    const typing = (event.target as Element).closest?.(
      'input, textarea, select, [contenteditable]:not([contenteditable="false"])',
    );
    if (modifier ? event.key.toLowerCase() === 'k' : event.key === '/' && !typing) {
      event.preventDefault();
      // Focus goes back where the reader was, or to the search button when nothing had focus.
      const active = doc.activeElement;
      open(active instanceof HTMLElement && active !== doc.body ? active : button);
    }
  });
}
