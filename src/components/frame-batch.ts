/**
 * Returns a function that asks for `render` to run once in an upcoming animation frame, however often it is asked
 * until then, and at most once every `minIntervalMs`. A call sets up in a few dozen milliseconds and fires dozens of
 * events; islands then touch the DOM a handful of times instead of once per event, which leaves the main thread to
 * the call itself. A reader does not see the difference: the first change after a quiet moment shows in the next frame.
 */
export function frameBatcher(render: () => void, minIntervalMs = 250, win: Window = window): () => void {
  let pending = false;
  let lastRun = -Infinity;
  const run = () => {
    pending = false;
    lastRun = win.performance.now();
    render();
  };
  const nextFrame = () => {
    // Hidden pages get no animation frames; a timer keeps them current for when the reader comes back.
    if (win.document.visibilityState === 'hidden') win.setTimeout(run, minIntervalMs);
    else win.requestAnimationFrame(run);
  };
  return () => {
    if (pending) return;
    pending = true;
    const wait = lastRun + minIntervalMs - win.performance.now();
    if (wait > 0) win.setTimeout(nextFrame, wait);
    else nextFrame();
  };
}
