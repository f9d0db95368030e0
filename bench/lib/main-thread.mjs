// @ts-check
// How busy a page's main thread was between two moments (Chromium's CDP Performance counters): a diagnostic that
// tells rendering cost apart from WebRTC's own work when one page sets up a call slower than another.

/** @typedef {{ taskMs: number, scriptMs: number, layoutMs: number, styleMs: number, layouts: number }} MainThread */

/**
 * Starts counting on `page`; call the returned function once before and once after the work, then `since(before)`.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 */
export async function mainThreadMeter(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return new Map(metrics.map((m) => [m.name, m.value]));
  };
  return async () => {
    const before = await read();
    /** @returns {Promise<MainThread>} */
    return async () => {
      const after = await read();
      const delta = (/** @type {string} */ name) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
      return {
        taskMs: delta('TaskDuration') * 1000,
        scriptMs: delta('ScriptDuration') * 1000,
        layoutMs: delta('LayoutDuration') * 1000,
        styleMs: delta('RecalcStyleDuration') * 1000,
        layouts: delta('LayoutCount'),
      };
    };
  };
}
