// @ts-check
// Figures as text, and the table the bench prints.

/** @typedef {{ part: string, measure: string, value: string, target: string, status: string }} Row */

/** One table row; target and status stay empty for figures without a target. */
export function row(
  /** @type {string} */ part,
  /** @type {string} */ measure,
  /** @type {string} */ value,
  target = '',
  status = '',
) {
  return /** @type {Row} */ ({ part, measure, value, target, status });
}

export const ms = (/** @type {number | undefined} */ n) => (n === undefined ? '-' : `${n.toFixed(n < 100 ? 1 : 0)} ms`);
export const seconds = (/** @type {number} */ n) => `${(n / 1000).toFixed(1)} s`;
export const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (/** @type {number} */ bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const times = (/** @type {number | undefined} */ n) => (n === undefined ? '-' : n.toFixed(2));

/** "min 12.0 / median 20.1 / max 40.3 ms (n=30)" */
export function spread(/** @type {import('./stats.mjs').Summary | undefined} */ s) {
  if (!s) return 'no successful run';
  const n = (/** @type {number} */ v) => v.toFixed(v < 100 ? 1 : 0);
  return `min ${n(s.min)} / median ${n(s.median)} / max ${n(s.max)} ms (n=${s.n})`;
}

/** The rows as an aligned plain-text table, a rule under the header. */
export function formatTable(/** @type {Row[]} */ rows) {
  const header = row('part', 'measure', 'value', 'target', 'status');
  const keys = /** @type {(keyof Row)[]} */ (['part', 'measure', 'value', 'target', 'status']);
  const widths = keys.map((key) => Math.max(...[header, ...rows].map((r) => r[key].length)));
  const line = (/** @type {Row} */ r) =>
    keys
      .map((key, i) => r[key].padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The message of anything thrown. */
export const message = (/** @type {unknown} */ error) => (error instanceof Error ? error.message : String(error));

/** The first line of the message of anything thrown, for a table cell. */
export const firstLine = (/** @type {unknown} */ error) => message(error).split('\n')[0] ?? '';
