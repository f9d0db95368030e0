import { frameBatcher } from './frame-batch';

/** Anything that says when it changed: a call session, a store. */
export interface Changing {
  onChange(listener: () => void): () => void;
}

/**
 * Follows one small slice of a changing source: `select` reads it after each change (batched into animation
 * frames), and `render` runs only when the slice's key differs from the last one rendered. Returns the unsubscribe
 * function. An island reads its own slice (a step: its verdict and its last run), never a whole snapshot.
 */
export function watchSlice<T>(
  source: Changing,
  select: () => T,
  render: (value: T) => void,
  key: (value: T) => string = (value) => JSON.stringify(value),
): () => void {
  let last: string | null = null;
  const update = () => {
    const value = select();
    const next = key(value);
    if (next === last) return;
    last = next;
    render(value);
  };
  const unsubscribe = source.onChange(frameBatcher(update));
  update();
  return unsubscribe;
}
