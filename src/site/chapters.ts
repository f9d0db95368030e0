import type { MessageKey } from '../i18n';
import { chapterSlugs, type ChapterSlug } from './chapter-slugs';
import { localizedPath, rootLocale, siteLocales, type SiteLocale } from './locales';

/** One chapter of the codelab, numbered as the codelab numbers it. */
export interface Chapter {
  readonly number: number;
  readonly slug: ChapterSlug;
  readonly titleKey: MessageKey;
  /** True once the chapter's prose exists; unwritten chapters are listed but never linked. */
  readonly published: boolean;
}

/** Reads a chapter entry's id (`ko/05-peer-connection`, its path under src/content/chapters) into language and slug. */
export function parseChapterId(id: string): { lang: SiteLocale; slug: ChapterSlug } {
  const [folder, name] = id.split('/');
  const lang = siteLocales.find((l) => l === folder);
  const slug = chapterSlugs.find((s) => s === name?.replace(/\.mdx$/, ''));
  if (!lang || !slug || id.split('/').length !== 2) {
    throw new Error(`Chapter file "${id}" must be src/content/chapters/<${siteLocales.join('|')}>/<chapter slug>.mdx`);
  }
  return { lang, slug };
}

// A chapter is published exactly when its prose exists in the root language, so the navigation can never point at a
// missing page; the unit test "chapter-parity" fails when another language lacks it.
const proseFiles = Object.keys(import.meta.glob('../content/chapters/*/*.mdx'));
const proseIds = proseFiles.map((file) => file.replace(/^.*\/chapters\//, '').replace(/\.mdx$/, ''));
const publishedSlugs = new Set(
  proseIds.map(parseChapterId).flatMap((entry) => (entry.lang === rootLocale ? [entry.slug] : [])),
);

/** All ten chapters in codelab order. */
export const chapters: readonly Chapter[] = chapterSlugs.map((slug) => ({
  number: Number(slug.slice(0, 2)),
  slug,
  titleKey: `chapter.${slug}`,
  published: publishedSlugs.has(slug),
}));

/** The chapters a reader can open, in order. */
export const publishedChapters: readonly Chapter[] = chapters.filter((c) => c.published);

/** The path of a chapter page in a language, without the base path. */
export function chapterPath(chapter: Pick<Chapter, 'slug'>, lang: SiteLocale = rootLocale): string {
  return localizedPath(`/steps/${chapter.slug}/`, lang);
}

/** The published chapters before and after the given one. */
export function neighbours(slug: string): { previous: Chapter | undefined; next: Chapter | undefined } {
  const index = publishedChapters.findIndex((c) => c.slug === slug);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: publishedChapters[index - 1], next: publishedChapters[index + 1] };
}
