import { prefersLocale, toSiteLocale } from '../site/locales';

/** The storage key that remembers a dismissed offer, per offered language. */
export const offerDismissedKey = (lang: string): string => `lang-offer-dismissed:${lang}`;

/**
 * Shows each language offer on the page whose language the reader's browser prefers to the page's, unless the reader
 * dismissed it before; wires its dismiss button. Storage that throws (blocked, full) only costs the memory.
 */
export function initLanguageOffer(doc: Document, languages: readonly string[], storage: Storage | undefined): void {
  for (const offer of doc.querySelectorAll<HTMLElement>('[data-lang-offer]')) {
    const lang = toSiteLocale(offer.dataset['langOffer']);
    const key = offerDismissedKey(lang);
    if (!prefersLocale(languages, lang) || read(storage, key) === '1') continue;
    offer.hidden = false;
    offer.querySelector('[data-lang-offer-dismiss]')?.addEventListener('click', () => {
      offer.hidden = true;
      write(storage, key, '1');
      doc.getElementById('main')?.focus();
    });
  }
}

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Storage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Nowhere to remember it: the offer comes back on the next page, which is all that is lost.
  }
}
