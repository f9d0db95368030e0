// @ts-check
// Part "photo": chapter 9 against bench/baseline/photo.html, the same transfer with the bare API. A JPEG photo from
// snap to shown and a 20 MiB file (ratio of medians each), the page's peak JS heap during a 200 MiB transfer, and
// chapter 9's JavaScript.
import { kb, mb, row, spread, times } from './format.mjs';
import { alternate, between, callBaseline, closingRows, pageJsGzip, withPair } from './paired.mjs';
import { ratio, summarize } from './stats.mjs';
import { atMost, below, targets } from './targets.mjs';

/** The chapter the part measures. */
export const chapter9 = { path: '/steps/09-photo/' };

const MiB = 1024 * 1024;
const fileMiB = 20;
const heapMiB = 200;

/** @typedef {import('@playwright/test').Page} Page */

/** Chapter 9 through its own controls. */
const ours = {
  async open(/** @type {Page} */ page) {
    await page.selectOption('photo-booth [name="source"]', 'camera');
    await page.click('#startButton');
    await page.waitForSelector('photo-booth[data-state="connected"]', { timeout: 30_000 });
  },
  async photo(/** @type {Page} */ page) {
    // Clicked and awaited inside the page, as the baseline's snapAndSend() is: no Playwright polling in the timed span.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const observer = new PerformanceObserver((list) => {
            if (list.getEntriesByName('webrtc:photo-shown').length === 0) return;
            observer.disconnect();
            resolve(undefined);
          });
          observer.observe({ type: 'mark' });
          document.querySelector(/** @type {'button'} */ ('#snapAndSend'))?.click();
        }),
    );
    return between(page, 'webrtc:photo-start', 'webrtc:photo-shown');
  },
  async transfer(/** @type {Page} */ page, /** @type {number} */ mib) {
    await page.selectOption('[name="mib"]', String(mib));
    await page.evaluate(() => document.querySelector('#download')?.removeAttribute('data-sha256'));
    await page.click('#sendGenerated');
    await page.waitForSelector('#download[data-sha256]', { timeout: 300_000 });
    return between(page, 'webrtc:transfer-start', 'webrtc:transfer-end');
  },
};

/** The baseline page through the functions it exposes as `window.benchPhoto`. */
const baseline = {
  open: (/** @type {Page} */ page) => callBaseline(page, 'benchPhoto', 'open'),
  async photo(/** @type {Page} */ page) {
    await callBaseline(page, 'benchPhoto', 'snapAndSend');
    return between(page, 'webrtc:photo-start', 'webrtc:photo-shown');
  },
  async transfer(/** @type {Page} */ page, /** @type {number} */ mib) {
    await callBaseline(page, 'benchPhoto', 'transfer', mib);
    return between(page, 'webrtc:transfer-start', 'webrtc:transfer-end');
  },
};

/**
 * Alternates ours and the baseline `runs` times (after one warm-up each) for the photo and the 20 MiB transfer, then
 * samples chapter 9's JS heap through one 200 MiB transfer, then weighs the page.
 * @param {{ browser: import('@playwright/test').Browser, siteUrl: string, baselineUrl: string, runs: number }} o
 */
export async function measurePhoto({ browser, siteUrl, baselineUrl, runs }) {
  const urls = { ours: `${siteUrl}${chapter9.path}`, baseline: `${baselineUrl}/photo.html` };
  return withPair(browser, urls, async ({ context, pages, errors }) => {
    await ours.open(pages.ours);
    await baseline.open(pages.baseline);
    const drivers = { ours, baseline };
    const samples = await alternate(runs, async (side) => ({
      photo: await drivers[side].photo(pages[side]),
      transfer: await drivers[side].transfer(pages[side], fileMiB),
    }));
    await pages.baseline.close();
    const heap = await peakHeap(context, pages.ours);
    await pages.ours.close();
    const jsGzip = await pageJsGzip(browser, siteUrl, chapter9.path);
    return {
      runs,
      photo: { ours: summarize(samples.ours.photo), baseline: summarize(samples.baseline.photo) },
      transfer: { ours: summarize(samples.ours.transfer), baseline: summarize(samples.baseline.transfer) },
      raw: samples,
      heap,
      jsGzip,
      errors,
    };
  });
}

/**
 * The page's JS heap (CDP Runtime.getHeapUsage, after a garbage collection for the idle figure) sampled every
 * 100 ms while chapter 9 sends 200 MiB from Alice to Bob in the same page.
 */
async function peakHeap(/** @type {import('@playwright/test').BrowserContext} */ context, /** @type {Page} */ page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const idle = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = idle;
  let sampling = true;
  let samples = 0;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      samples++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  let ms = NaN;
  try {
    ms = await ours.transfer(page, heapMiB);
  } finally {
    sampling = false;
    await sampler;
  }
  return { idle, peak, samples, ms };
}

/** The table rows of part "photo". */
export function photoRows(/** @type {Awaited<ReturnType<typeof measurePhoto>>} */ r) {
  const part = 'photo';
  const photoRatio = ratio(r.photo.ours?.median, r.photo.baseline?.median);
  const transferRatio = ratio(r.transfer.ours?.median, r.transfer.baseline?.median);
  const rate = (/** @type {number | undefined} */ msValue) =>
    msValue ? `${((fileMiB * MiB * 8) / 1e6 / (msValue / 1000)).toFixed(0)} Mbit/s` : '-';
  const growth = r.heap.peak - r.heap.idle;
  return [
    row(part, 'photo (JPEG 640x480) snap -> shown, ours', spread(r.photo.ours)),
    row(part, 'photo (JPEG 640x480) snap -> shown, baseline', spread(r.photo.baseline)),
    row(
      part,
      'photo: ratio of medians ours / baseline',
      times(photoRatio),
      `<= ${targets.photoRatio.max}`,
      atMost(photoRatio, targets.photoRatio.max),
    ),
    row(part, `${fileMiB} MiB file, ours (${rate(r.transfer.ours?.median)})`, spread(r.transfer.ours)),
    row(part, `${fileMiB} MiB file, baseline (${rate(r.transfer.baseline?.median)})`, spread(r.transfer.baseline)),
    row(
      part,
      `${fileMiB} MiB file: ratio of medians ours / baseline`,
      times(transferRatio),
      `<= ${targets.photoRatio.max}`,
      atMost(transferRatio, targets.photoRatio.max),
    ),
    row(
      part,
      `JS heap during a ${heapMiB} MiB transfer: idle -> peak (${r.heap.samples} samples, ${(r.heap.ms / 1000).toFixed(1)} s)`,
      `${mb(r.heap.idle)} -> ${mb(r.heap.peak)} (+${mb(growth)})`,
      `< +${mb(targets.transferHeap.below)}`,
      below(growth, targets.transferHeap.below),
    ),
    row(
      part,
      'chapter 9 JS gzip',
      r.jsGzip === undefined ? 'not measured' : kb(r.jsGzip),
      `<= ${kb(targets.chapter9JsGzip.max)}`,
      atMost(r.jsGzip, targets.chapter9JsGzip.max, undefined, kb),
    ),
    ...closingRows(part, r),
  ];
}
