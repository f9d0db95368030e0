// @ts-check
// Part 4: many Start / Call / Hang Up cycles in one page; what is left alive afterwards, and heap growth.
import { fileURLToPath } from 'node:url';
import { call, hangUp, start } from './call-driver.mjs';
import { summarize } from './stats.mjs';
import { firstLine, mb, row, spread } from './format.mjs';
import { chapter5Missing } from './pages.mjs';
import { atMost, below, targets } from './targets.mjs';
import { newContext } from './browser.mjs';

const probe = fileURLToPath(new URL('../../scripts/call-probe.js', import.meta.url));

/** @typedef {{ created: number, alive: number, collected: number }} Counts */

/**
 * Runs `cycles` Start / Call / Hang Up cycles in one page at `url`, then collects garbage and counts what is alive.
 * @param {{ browser: import('@playwright/test').Browser, url: string, cycles: number, subject: string }} o
 */
export async function measureLeak({ browser, url, cycles, subject }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught ${error.name}: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  await page.addInitScript({ path: probe });
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  /** @type {number[]} */
  const cycleMs = [];
  let failure = '';
  try {
    await page.goto(url);
    const heapBefore = await heap();
    for (let i = 1; i <= cycles; i++) {
      const began = performance.now();
      try {
        await start(page);
        await call(page);
        await hangUp(page);
      } catch (error) {
        failure = `cycle ${i}: ${firstLine(error)}`;
        break;
      }
      cycleMs.push(performance.now() - began);
    }
    const heapAfter = await heap();
    const counts = /** @type {{ peerConnections: Counts, tracks: Counts }} */ (
      await page.evaluate(() =>
        /** @type {{ __callProbe: () => unknown }} */ (/** @type {unknown} */ (window)).__callProbe(),
      )
    );
    return {
      subject,
      cycles,
      completed: cycleMs.length,
      failure,
      cycle: summarize(cycleMs),
      heapBefore,
      heapAfter,
      ...counts,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** The table rows of part 4. */
export function leakRows(/** @type {Awaited<ReturnType<typeof measureLeak>>} */ r) {
  const part = 'leak';
  const on = r.subject === 'ours' ? '' : ' (baseline page: chapter 5 page not built yet)';
  const growth = r.heapAfter - r.heapBefore;
  return [
    ...(r.subject === 'ours' ? [] : [row(part, 'ours', chapter5Missing)]),
    row(part, `cycles completed${on}`, `${r.completed} of ${r.cycles}${r.failure ? ` (stopped at ${r.failure})` : ''}`),
    row(part, 'time per cycle', spread(r.cycle)),
    row(part, 'live tracks after', String(r.tracks.alive), `<= ${targets.liveTracks.max}`, atMost(r.tracks.alive, 0)),
    row(
      part,
      'peer connections alive after',
      `${r.peerConnections.alive} (of ${r.peerConnections.created} created, ${r.peerConnections.collected} collected)`,
      `<= ${targets.peerConnectionsAlive.max}`,
      atMost(r.peerConnections.alive, targets.peerConnectionsAlive.max),
    ),
    row(
      part,
      'JS heap before -> after (after GC)',
      `${mb(r.heapBefore)} -> ${mb(r.heapAfter)} (${growth >= 0 ? '+' : ''}${mb(growth)})`,
      `growth < ${mb(targets.heapGrowth.below)}`,
      below(growth, targets.heapGrowth.below),
    ),
    row(part, 'console errors and uncaught exceptions', r.errors.length ? `${r.errors.length}: ${r.errors[0]}` : '0'),
  ];
}
