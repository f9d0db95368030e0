import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Chapter prose, one MDX file per chapter and language: `chapters/<lang>/<slug>.mdx` (the path names both). The files import nothing; the
 * islands they place are resolved by one shared map (src/components/chapter/chapter-components.ts), so both
 * languages embed the same islands wired the same way.
 */
const chapters = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './src/content/chapters' }),
  schema: z.object({
    /** The page's meta description in this language. */
    description: z.string(),
    /** One line for the home page: what the reader does in this chapter. */
    summary: z.string(),
    /** Chapter 5 gives the main column more room for the call stage. */
    wide: z.boolean().default(false),
  }),
});

export const collections = { chapters };
