import { localizedPath, type SiteLocale } from './locales';

/** The glossary page's path in a language, without the base path. */
export function glossaryPath(lang: SiteLocale): string {
  return localizedPath('/glossary/', lang);
}

/** The id of a term's row on the glossary page, for links to it. */
export function glossaryAnchor(termId: string): string {
  return `term-${termId}`;
}
