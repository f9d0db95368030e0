// @ts-check
// The targets of issue 6, and how a figure is judged against one. Missing a target is a finding, never an exit code.

const KB = 1024;

export const targets = {
  /** Median ours / median baseline, for both setup timings. */
  setupRatio: { max: 1.1, aim: 1.05 },
  /** Chapter 5's JavaScript in total, gzip bytes. */
  chapter5JsGzip: { max: 40 * KB, aim: 30 * KB },
  /** Chapter 7's JavaScript at load, gzip bytes (the QR code library loads later, only for copy/paste). */
  chapter7JsGzip: { max: 30 * KB },
  /** A page without interactive parts, JavaScript gzip bytes. */
  staticJsGzip: { max: 2 * KB },
  coldBuildMs: { max: 20_000 },
  /** Chapter 6: median ours / median baseline for the 16 MiB transfer and the ping round trip. */
  dataRatio: { max: 1.1 },
  /** Chapter 6's JavaScript in total, gzip bytes. */
  chapter6JsGzip: { max: 30 * KB },
  liveTracks: { max: 0 },
  peerConnectionsAlive: { max: 2 },
  /** Heap growth over the cycles must stay below this, bytes. */
  heapGrowth: { below: 10 * KB * KB },
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
};

/** "met", "met (aim X missed)" or "missed" for a figure that should be at most `max` (and ideally at most `aim`). */
export function atMost(
  /** @type {number | undefined} */ value,
  /** @type {number} */ max,
  /** @type {number | undefined} */ aim = undefined,
  /** @type {(n: number) => string} */ show = String,
) {
  if (value === undefined || Number.isNaN(value)) return 'not measured';
  if (value > max) return 'missed';
  return aim !== undefined && value > aim ? `met (aim ${show(aim)} missed)` : 'met';
}

/** "met" or "missed" for a figure that should stay below `limit`. */
export function below(/** @type {number | undefined} */ value, /** @type {number} */ limit) {
  if (value === undefined || Number.isNaN(value)) return 'not measured';
  return value < limit ? 'met' : 'missed';
}

/** "met" or "missed" for a figure that should be at least `min`. */
export function atLeast(/** @type {number | undefined} */ value, /** @type {number} */ min) {
  if (value === undefined || Number.isNaN(value)) return 'not measured';
  return value >= min ? 'met' : 'missed';
}
