// @ts-check
// Part "data": chapter 6 against bench/baseline/data.html, the bare-API data channel. A 16 MiB transfer with the same
// chunk size and backpressure thresholds (ratio of medians), a 200-ping round trip (ratio of medians), chapter 6's
// JavaScript, and Start / Stop cycles with what is left alive afterwards.
import { fileURLToPath } from 'node:url';
import { firstLine, kb, mb, row, spread, times } from './format.mjs';
import { alternate, between, callBaseline, closingRows, pageJsGzip, withPair } from './paired.mjs';
import { ratio, summarize } from './stats.mjs';
import { atMost, below, targets } from './targets.mjs';

const probe = fileURLToPath(new URL('../../scripts/call-probe.js', import.meta.url));

/** The chapter whose data channel the bench measures. */
export const chapter6 = { path: '/steps/06-data-channel/' };

const MiB = 1024 * 1024;
/** What both pages send: the page's experiment defaults (16 MiB, 64 KiB chunks, pause above 1 MiB, resume at 256 KiB). */
const plan = { total: 16 * MiB, chunk: 64 * 1024, high: 1 * MiB, low: 256 * 1024 };
const pings = 200;

/** @typedef {import('@playwright/test').Page} Page */

/** Duration between the transfer marks both pages record. */
const transferMs = (/** @type {Page} */ page) => between(page, 'webrtc:transfer-start', 'webrtc:transfer-end');

/** Chapter 6 through its own buttons: Start, then the experiments panel. */
const ours = {
  async open(/** @type {Page} */ page) {
    await page.click('#startButton');
    await page.waitForSelector('#sendButton:not([disabled])', { timeout: 15_000 });
    await page.waitForSelector('[data-experiment="backpressure"]:not([disabled])', { timeout: 15_000 });
  },
  async transfer(/** @type {Page} */ page) {
    await page.fill('[name="mib"]', String(plan.total / MiB));
    await page.selectOption('[name="chunk"]', String(plan.chunk));
    await page.evaluate(() => document.querySelector('[data-results]')?.removeAttribute('data-complete'));
    await page.click('[data-experiment="backpressure"]');
    await page.waitForSelector('[data-results][data-complete]', { timeout: 60_000 });
    const complete = await page.getAttribute('[data-results]', 'data-complete');
    if (complete !== 'true') throw new Error('chapter 6 transfer arrived incomplete or out of order');
    await page.waitForSelector('[data-experiment="backpressure"]:not([disabled])');
    return transferMs(page);
  },
  async ping(/** @type {Page} */ page) {
    await page.evaluate(() => document.querySelector('[data-ping-result]')?.removeAttribute('data-median'));
    await page.click('[data-experiment="ping"]');
    await page.waitForSelector('[data-ping-result][data-median]', { timeout: 60_000 });
    await page.waitForSelector('[data-experiment="ping"]:not([disabled])');
    return Number(await page.getAttribute('[data-ping-result]', 'data-median'));
  },
};

/** The baseline page through the functions it exposes as `window.benchData`. */
const baseline = {
  open: (/** @type {Page} */ page) => callBaseline(page, 'benchData', 'open'),
  async transfer(/** @type {Page} */ page) {
    const result = /** @type {{ inOrder: boolean }} */ (
      await callBaseline(page, 'benchData', 'transfer', plan.total, plan.chunk, plan.high, plan.low)
    );
    if (!result.inOrder) throw new Error('baseline transfer arrived out of order');
    return transferMs(page);
  },
  ping: async (/** @type {Page} */ page) =>
    /** @type {number} */ (await callBaseline(page, 'benchData', 'ping', pings)),
};

/**
 * Alternates ours and the baseline `runs` times for the transfer and the ping, each in one page with an open
 * channel, after one untimed warm-up each; then runs `cycles` Start / Stop cycles on chapter 6.
 * @param {{ browser: import('@playwright/test').Browser, siteUrl: string, baselineUrl: string, runs: number, cycles: number }} o
 */
export async function measureData({ browser, siteUrl, baselineUrl, runs, cycles }) {
  const urls = { ours: `${siteUrl}${chapter6.path}`, baseline: `${baselineUrl}/data.html` };
  return withPair(browser, urls, async ({ context, pages, errors }) => {
    await ours.open(pages.ours);
    await baseline.open(pages.baseline);
    const drivers = { ours, baseline };
    const samples = await alternate(runs, async (side) => ({
      transfer: await drivers[side].transfer(pages[side]),
      ping: await drivers[side].ping(pages[side]),
    }));
    await pages.ours.close();
    await pages.baseline.close();
    const jsGzip = await pageJsGzip(browser, siteUrl, chapter6.path);
    const leak = await measureCycles(context, urls.ours, cycles);
    return {
      runs,
      transfer: { ours: summarize(samples.ours.transfer), baseline: summarize(samples.baseline.transfer) },
      ping: { ours: summarize(samples.ours.ping), baseline: summarize(samples.baseline.ping) },
      raw: samples,
      jsGzip,
      leak,
      errors,
    };
  });
}

/** Start / Stop cycles in one page of chapter 6, then garbage collection and the probe's counts. */
async function measureCycles(
  /** @type {import('@playwright/test').BrowserContext} */ context,
  /** @type {string} */ url,
  /** @type {number} */ cycles,
) {
  const page = await context.newPage();
  await page.addInitScript({ path: probe });
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.goto(url);
  const before = await heap();
  let completed = 0;
  let failure = '';
  let maxAlive = 0;
  const alive = () =>
    page.evaluate(
      () =>
        /** @type {{ __callProbe: () => { peerConnections: { alive: number, created: number } } }} */ (
          /** @type {unknown} */ (window)
        ).__callProbe().peerConnections,
    );
  for (let i = 1; i <= cycles; i++) {
    try {
      await page.click('#startButton');
      await page.waitForSelector('#sendButton:not([disabled])', { timeout: 15_000 });
      maxAlive = Math.max(maxAlive, (await alive()).alive);
      await page.click('#closeButton');
      await page.waitForSelector('#startButton:not([disabled])', { timeout: 15_000 });
      completed++;
    } catch (error) {
      failure = `cycle ${i}: ${firstLine(error)}`;
      break;
    }
  }
  const after = await heap();
  const peers = await alive();
  await page.close();
  return {
    cycles,
    completed,
    failure,
    heapBefore: before,
    heapAfter: after,
    maxAlive,
    alive: peers.alive,
    created: peers.created,
  };
}

/** The table rows of part "data". */
export function dataRows(/** @type {Awaited<ReturnType<typeof measureData>>} */ r) {
  const part = 'data';
  const transferRatio = ratio(r.transfer.ours?.median, r.transfer.baseline?.median);
  const pingRatio = ratio(r.ping.ours?.median, r.ping.baseline?.median);
  const rate = (/** @type {number | undefined} */ msValue) =>
    msValue ? `${((plan.total * 8) / 1e6 / (msValue / 1000)).toFixed(0)} Mbit/s` : '-';
  const growth = r.leak.heapAfter - r.leak.heapBefore;
  return [
    row(part, `16 MiB transfer, ours (${rate(r.transfer.ours?.median)})`, spread(r.transfer.ours)),
    row(part, `16 MiB transfer, baseline (${rate(r.transfer.baseline?.median)})`, spread(r.transfer.baseline)),
    row(
      part,
      '16 MiB transfer: ratio of medians ours / baseline',
      times(transferRatio),
      `<= ${targets.dataRatio.max}`,
      atMost(transferRatio, targets.dataRatio.max),
    ),
    row(part, `ping/pong round trip (median of ${pings}), ours`, `${spread(r.ping.ours)}`),
    row(part, `ping/pong round trip (median of ${pings}), baseline`, `${spread(r.ping.baseline)}`),
    row(
      part,
      'round trip: ratio of medians ours / baseline',
      times(pingRatio),
      `<= ${targets.dataRatio.max}`,
      atMost(pingRatio, targets.dataRatio.max),
    ),
    row(
      part,
      'chapter 6 JS gzip',
      r.jsGzip === undefined ? 'not measured' : kb(r.jsGzip),
      `<= ${kb(targets.chapter6JsGzip.max)}`,
      atMost(r.jsGzip, targets.chapter6JsGzip.max, undefined, kb),
    ),
    row(
      part,
      'Start / Stop cycles completed',
      `${r.leak.completed} of ${r.leak.cycles}${r.leak.failure ? ` (stopped at ${r.leak.failure})` : ''}`,
    ),
    row(
      part,
      'peer connections alive during cycles (max)',
      String(r.leak.maxAlive),
      `<= ${targets.peerConnectionsAlive.max}`,
      atMost(r.leak.maxAlive, targets.peerConnectionsAlive.max),
    ),
    row(
      part,
      'peer connections alive after',
      `${r.leak.alive} (of ${r.leak.created} created)`,
      '0',
      atMost(r.leak.alive, 0),
    ),
    row(
      part,
      'JS heap before -> after cycles (after GC)',
      `${mb(r.leak.heapBefore)} -> ${mb(r.leak.heapAfter)} (${growth >= 0 ? '+' : ''}${mb(growth)})`,
      `growth < ${mb(targets.heapGrowth.below)}`,
      below(growth, targets.heapGrowth.below),
    ),
    ...closingRows(part, r),
  ];
}
