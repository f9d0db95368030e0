import { initLanguageOffer } from './language-offer';

/** The site shell's behaviour: the theme picker, the language offer and the chapter menu on small screens. */
export function initShell(doc: Document, storage: Storage | undefined = safeStorage()): void {
  initLanguageOffer(doc, doc.defaultView?.navigator.languages ?? [], storage);
  const root = doc.documentElement;
  const select = doc.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (select) {
    select.value = root.dataset['theme'] ?? 'system';
    select.addEventListener('change', () => {
      const value = select.value;
      if (value === 'light' || value === 'dark') {
        root.dataset['theme'] = value;
        storage?.setItem('theme', value);
      } else {
        delete root.dataset['theme'];
        storage?.removeItem('theme');
      }
    });
  }

  const toggle = doc.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const sidebar = doc.querySelector<HTMLElement>('[data-sidebar]');
  if (!toggle || !sidebar) return;
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    sidebar.toggleAttribute('data-open', open);
  };
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) sidebar.querySelector<HTMLElement>('a')?.focus();
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && sidebar.hasAttribute('data-open')) {
      setOpen(false);
      toggle.focus();
    }
  });
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
