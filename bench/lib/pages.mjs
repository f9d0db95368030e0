// @ts-check
// The pages of a built site, and where chapter 5 lives.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages as listPages } from '../../tests/e2e/built-pages.ts';

/** The chapter whose quick path the bench times. */
export const chapter5 = { path: '/steps/05-peer-connection/' };

/** What rows about our call print while chapter 5 does not exist yet. */
export const chapter5Missing = 'chapter 5 page not built yet';

/** Every page of a built site as a URL path: the browser tests' list (each folder's index.html), and 404.html. */
export function builtPages(/** @type {string} */ outDir) {
  return [...listPages(outDir), ...(existsSync(join(outDir, '404.html')) ? ['/404.html'] : [])].sort();
}

/** Whether the build holds chapter 5. */
export function hasChapter5(/** @type {string} */ outDir) {
  return existsSync(join(outDir, chapter5.path, 'index.html'));
}

/** Whether a build finished: its home page is there. */
export function hasPages(/** @type {string} */ outDir) {
  return existsSync(join(outDir, 'index.html'));
}
