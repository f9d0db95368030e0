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
        // The islands' controls and live readouts are not prose; the code a step box shows is (API names).
        const excludeSelectors = [
          'call-stage',
          'call-quick-path',
          'call-log-tools',
          'capability-check',
          'webcam-lab',
          '[data-inspector]',
          'call-step > :not(details)',
        ];
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
