import type { MessageKey } from '../i18n';

/** One chapter of the codelab, numbered as the codelab numbers it. */
export interface Chapter {
  readonly number: number;
  readonly slug: string;
  readonly titleKey: MessageKey;
  /** True once the chapter's page exists; unwritten chapters are listed but never linked. */
  readonly published: boolean;
}

const slugs = [
  '01-introduction',
  '02-overview',
  '03-get-the-code',
  '04-webcam',
  '05-peer-connection',
  '06-data-channel',
  '07-signaling',
  '08-call',
  '09-photo',
  '10-congratulations',
] as const;

type Slug = (typeof slugs)[number];

// A chapter is published exactly when its page file exists, so the navigation can never point at a missing page.
const pageFiles = Object.keys(import.meta.glob('../pages/steps/*.{md,mdx,astro}'));
const publishedSlugs = new Set(pageFiles.map((file) => file.replace(/^.*\/([^/]+)\.(md|mdx|astro)$/, '$1')));

/** All ten chapters in codelab order. */
export const chapters: readonly Chapter[] = slugs.map((slug: Slug) => ({
  number: Number(slug.slice(0, 2)),
  slug,
  titleKey: `chapter.${slug}`,
  published: publishedSlugs.has(slug),
}));

/** The chapters a reader can open, in order. */
export const publishedChapters: readonly Chapter[] = chapters.filter((c) => c.published);

/** The path of a chapter page, without the base path. */
export function chapterPath(chapter: Pick<Chapter, 'slug'>): string {
  return `/steps/${chapter.slug}/`;
}

/** The published chapters before and after the given one. */
export function neighbours(slug: string): { previous: Chapter | undefined; next: Chapter | undefined } {
  const index = publishedChapters.findIndex((c) => c.slug === slug);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: publishedChapters[index - 1], next: publishedChapters[index + 1] };
}
