/**
 * The only search code every page loads: it opens the dialog from the header button, `/`, or Ctrl+K / Cmd+K, and
 * fetches the dialog's code (and through it Pagefind and the index) on the first opening.
 */
export function initSearch(doc: Document): void {
  const button = doc.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = doc.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!button || !dialog) return;

  const open = (returnTo: HTMLElement | null) => {
    if (dialog.open) return;
    performance.clearMarks('search:open');
    performance.mark('search:open');
    import('./search-dialog').then(
      ({ openSearch }) => openSearch(dialog, returnTo),
      () => {
        // The dialog's own code could not be fetched (offline, a stale page after a new build): say so in the
        // dialog, whose failure line is already on the page.
        dialog.querySelector('[data-search-status]')?.replaceChildren(dialog.dataset['loadFailed'] ?? '');
        dialog.showModal();
      },
    );
  };

  button.addEventListener('click', () => open(button));
  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.isComposing) return;
    const modifier = event.ctrlKey || event.metaKey;
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
    if (modifier && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      open(doc.activeElement instanceof HTMLElement ? doc.activeElement : button);
    } else if (event.key === '/' && !modifier && !typing) {
      event.preventDefault();
      open(doc.activeElement instanceof HTMLElement ? doc.activeElement : button);
    }
  });
}
