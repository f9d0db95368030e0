import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Lists the pages of a built site from its output folder, so tests never keep a hand-written list of pages. */
export function builtPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('_')) walk(full);
      } else if (name === 'index.html') {
        const rel = relative(outDir, dir).split(sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** The output folder of the root build that playwright.config.ts serves. */
export const rootOutDir = `.e2e/${process.env['E2E_PORT'] ?? 4330}/root`;
export const subOutDir = `.e2e/${process.env['E2E_PORT'] ?? 4330}/sub`;
