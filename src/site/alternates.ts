import {
  localizedPath,
  otherLocales,
  rootLocale,
  siteLocales,
  splitLocale,
  stripBase,
  type SiteLocale,
} from './locales';
import { withBase } from './url';

/** One language version of a page: its language and its absolute URL. */
export interface Alternate {
  readonly lang: SiteLocale;
  readonly href: string;
}

/** What the shell needs to link a page to its twins: the page's language, its twins, and the x-default. */
export interface PageLanguages {
  readonly lang: SiteLocale;
  /** The page in every published language (itself included), absolute URLs. */
  readonly alternates: readonly Alternate[];
  /** The page in the root language: where x-default points. */
  readonly xDefault: string;
  /** The other languages, each with the link the language switch follows (the same page there). */
  readonly switches: readonly Alternate[];
}

/**
 * Works out a page's language versions from its URL: `pathname` as served (base included), `base` the site's base
 * path, `site` its origin. Every page exists in every language, so the twin is the same path in the other folder.
 */
export function pageLanguages(pathname: string, base: string, site: string | URL): PageLanguages {
  const { lang, path } = splitLocale(stripBase(pathname, base));
  const absolute = (l: SiteLocale) => new URL(withBase(localizedPath(path, l), base), site).href;
  const alternates = siteLocales.map((l) => ({ lang: l, href: absolute(l) }));
  return {
    lang,
    alternates,
    xDefault: absolute(rootLocale),
    switches: otherLocales(lang).map((l) => ({ lang: l, href: withBase(localizedPath(path, l), base) })),
  };
}
