// @ts-check
// Small statistics over repeated measurements.

/** @typedef {{ n: number, min: number, median: number, max: number }} Summary */

/** min, median and max of the values; undefined when there are none. */
export function summarize(/** @type {number[]} */ values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  const median = sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return /** @type {Summary} */ ({ n: sorted.length, min: at(0), median, max: at(sorted.length - 1) });
}

/** a / b, or undefined when either is missing or b is 0. */
export function ratio(/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) {
  return a === undefined || b === undefined || b === 0 ? undefined : a / b;
}
