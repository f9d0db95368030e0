import type { CollectionEntry } from 'astro:content';
import { parseChapterId, publishedChapters } from './chapters';
import type { SiteLocale } from './locales';

/**
 * The static paths of every published chapter in one language. A published chapter without prose in this language
 * fails the build with its name, so a language can never silently lose a chapter.
 */
export function chapterStaticPaths(entries: readonly CollectionEntry<'chapters'>[], lang: SiteLocale) {
  return publishedChapters.map((chapter) => {
    const entry = entries.find((e) => {
      const id = parseChapterId(e.id);
      return id.lang === lang && id.slug === chapter.slug;
    });
    if (!entry)
      throw new Error(
        `Chapter ${chapter.slug} has no prose in "${lang}": add src/content/chapters/${lang}/${chapter.slug}.mdx`,
      );
    return { params: { slug: chapter.slug }, props: { entry } };
  });
}
