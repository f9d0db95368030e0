// @ts-check
// Part 3: building the site (cold, timed), and optionally timing `npm test`.
import { rmSync } from 'node:fs';
import { runTimed } from './processes.mjs';
import { builtPages } from './pages.mjs';
import { row, seconds } from './format.mjs';
import { atMost, targets } from './targets.mjs';

/**
 * Builds the whole site into `outDir` with `npx astro build` (the project's Node). Cold: the output folder is removed
 * first and `--force` makes Astro ignore its content and incremental-build caches. The shared `.astro/` folder of
 * generated types is left alone, since other builds and `astro check` may be reading it at the same time.
 * @returns {Promise<{ ms: number, pages: number, cold: boolean }>}
 */
export async function buildSite(/** @type {string} */ outDir, cold = true) {
  rmSync(outDir, { recursive: true, force: true });
  const args = ['astro', 'build', ...(cold ? ['--force'] : [])];
  const result = await runTimed('npx', args, { OUT_DIR: outDir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' });
  if (result.code !== 0) throw new Error(`astro build exited with ${result.code}:\n${result.output.slice(-4000)}`);
  return { ms: result.ms, pages: builtPages(outDir).length, cold };
}

/** Times `npm test` (minutes: unit and browser tests) and keeps its summary line. */
export async function timeTests() {
  const result = await runTimed('npm', ['test'], { ASTRO_TELEMETRY_DISABLED: '1' });
  const summary = result.output.match(/^tests: \d+ passed, \d+ failed.*$/m)?.[0] ?? `exit code ${result.code}`;
  return { ms: result.ms, code: result.code, summary };
}

/** The table rows of part 3. */
export function buildRows(
  /** @type {Awaited<ReturnType<typeof buildSite>>} */ build,
  /** @type {Awaited<ReturnType<typeof timeTests>> | undefined} */ tests,
) {
  const max = targets.coldBuildMs.max;
  return [
    row(
      'build',
      `cold astro build (${build.pages} pages)`,
      seconds(build.ms),
      `<= ${seconds(max)}`,
      atMost(build.ms, max),
    ),
    tests
      ? row('build', 'npm test', `${seconds(tests.ms)} (${tests.summary})`)
      : row('build', 'npm test', 'not measured (pass --with-tests)'),
  ];
}
