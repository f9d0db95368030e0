/**
 * Returns a function that asks for `render` to run once in an upcoming animation frame, however often it is asked
 * until then: no sooner than `delayMs` after the first request, and at most once every `minIntervalMs`.
 * A call sets up in a few dozen milliseconds and fires dozens of events; islands then touch the DOM a handful of
 * times instead of once per event, which leaves the main thread to the call itself. 100 ms stays below what a
 * reader perceives as a delay after a click.
 */
export function frameBatcher(
  render: () => void,
  { delayMs = 100, minIntervalMs = 250 } = {},
  win: Window = window,
): () => void {
  let pending = false;
  let lastRun = -Infinity;
  const run = () => {
    pending = false;
    lastRun = win.performance.now();
    render();
  };
  const nextFrame = () => {
    // Hidden pages get no animation frames; a timer keeps them current for when the reader comes back.
    if (win.document.visibilityState === 'hidden') run();
    else win.requestAnimationFrame(run);
  };
  return () => {
    if (pending) return;
    pending = true;
    const wait = Math.max(delayMs, lastRun + minIntervalMs - win.performance.now());
    win.setTimeout(nextFrame, wait);
  };
}
