import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after every `astro build` (npm run build, the e2e
 * builds, sub-path builds alike). Pagefind reads `<html lang>` and writes one index per language; only elements
 * marked `data-pagefind-body` (the chapter prose) are indexed.
 * @returns {import('astro').AstroIntegration}
 */
export default function pagefindIndex() {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const excludeSelectors = await notProse(site);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * What a chapter page holds besides its prose: the contents and previous/next navigation, and every island (any
 * custom element on any page, so a chapter's new island is left out without being listed here), whose controls and
 * live readouts are no prose. A step box is the exception: the function it shows is (API names), its controls are not.
 */
export async function notProse(site) {
  const islands = new Set();
  for (const file of await htmlFiles(site)) {
    for (const [, tag] of (await readFile(file, 'utf8')).matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>]/g)) {
      islands.add(tag);
    }
  }
  islands.delete('call-step');
  return ['.toc', '.prev-next', 'call-step > :not(details)', ...[...islands].sort()];
}

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
