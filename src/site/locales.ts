import type { Lang } from '../i18n';

/** The languages the site is published in; the first lives at the root, every other under `/<lang>/`. */
export const siteLocales = ['en', 'ko'] as const satisfies readonly Lang[];

/** One published language. */
export type SiteLocale = (typeof siteLocales)[number];

/** The language at the root of the site. */
export const rootLocale: SiteLocale = 'en';

/** Narrows a string (Astro.currentLocale, a folder name) to a published language, falling back to the root one. */
export function toSiteLocale(value: string | undefined): SiteLocale {
  return siteLocales.find((l) => l === value) ?? rootLocale;
}

/** The other published languages than `lang`, in order. */
export function otherLocales(lang: SiteLocale): SiteLocale[] {
  return siteLocales.filter((l) => l !== lang);
}

/** Prefixes a language-neutral path (`/steps/04-webcam/`) with its language folder: `/ko/steps/04-webcam/`. */
export function localizedPath(path: string, lang: SiteLocale): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return lang === rootLocale ? clean : `/${lang}${clean}`;
}

/** Splits a path without the base (`/ko/steps/04-webcam/`) into its language and the language-neutral rest. */
export function splitLocale(path: string): { lang: SiteLocale; path: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  const lang = siteLocales.find((l) => l !== rootLocale && l === match?.[1]);
  if (!lang) return { lang: rootLocale, path };
  return { lang, path: match?.[2] ?? '/' };
}

/** Removes the base path (`/webrtc-tutorial/`) from the front of a pathname; pathnames outside it come back as-is. */
export function stripBase(pathname: string, base: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  if (head === '' || !pathname.startsWith(`${head}/`)) return pathname;
  return pathname.slice(head.length);
}

/**
 * Whether a reader's browser asks for `wanted` before any other published language: the first of `navigator.languages`
 * whose primary subtag is a published language decides.
 */
export function prefersLocale(languages: readonly string[], wanted: SiteLocale): boolean {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    const known = siteLocales.find((l) => l === primary);
    if (known) return known === wanted;
  }
  return false;
}
