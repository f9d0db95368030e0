import { h } from '../dom';
import { frameBatcher } from '../frame-batch';

const maxTraceLines = 300;

/** One line of a quick path's trace. */
export interface TraceEntry {
  readonly text: string;
  readonly error: boolean;
}

/**
 * Writes trace lines into a list in batches (one DOM write and one scroll per frame), keeping the last 300. Both
 * quick paths (chapters 5 and 6) use it; `batching` is the frame batcher's timing.
 */
export function traceWriter(list: () => Element | null, batching?: Parameters<typeof frameBatcher>[1]) {
  const pending: TraceEntry[] = [];
  const flush = frameBatcher(() => {
    const target = list();
    if (!target) return;
    const items = pending
      .splice(0)
      .slice(-maxTraceLines)
      .map(({ text, error }) => h('li', { 'data-tone': error ? 'error' : null }, text));
    target.append(...items);
    while (target.childElementCount > maxTraceLines) target.firstElementChild?.remove();
    target.scrollTop = target.scrollHeight;
  }, batching);
  return (line: TraceEntry | null): void => {
    if (!line) return;
    pending.push(line);
    flush();
  };
}
