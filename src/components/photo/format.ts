/** Small number formats the transfer islands share: sizes, rates, percentages. */

const KiB = 1024;
const MiB = KiB * 1024;

/** A byte count for people: `812 B`, `38.4 KiB`, `20.00 MiB`. */
export function size(bytes: number): string {
  if (bytes < KiB) return `${bytes} B`;
  if (bytes < MiB) return `${(bytes / KiB).toFixed(1)} KiB`;
  return `${(bytes / MiB).toFixed(2)} MiB`;
}

/** Megabits per second for `bytes` in `ms`, or 0. */
export function mbps(bytes: number, ms: number): string {
  return ms > 0 ? ((bytes * 8) / 1000 / ms).toFixed(1) : '0';
}

/** Whole-number percentage of `done` in `total` (an empty total is complete). */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.floor((done / total) * 100) : 100;
}
