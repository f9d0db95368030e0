import type { CallFeed } from '../../lib/call/types';

/**
 * The page's current call feed: the live call of chapter 5's stage, or a replayed log.
 * Islands on one page share this module (the bundler loads it once), so inspectors can follow whichever call is
 * showing without knowing who made it.
 */
let current: CallFeed | null = null;
const listeners = new Set<(feed: CallFeed | null) => void>();

/** Makes `feed` the one the page shows (null: none), and tells every island. */
export function setCallFeed(feed: CallFeed | null): void {
  current = feed;
  for (const listener of listeners) listener(feed);
}

/** Calls `listener` with the current feed now and with every later one; returns the unsubscribe function. */
export function onCallFeed(listener: (feed: CallFeed | null) => void): () => void {
  listeners.add(listener);
  listener(current);
  return () => listeners.delete(listener);
}
