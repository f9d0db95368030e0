import type { CallFeed, ErrorInfo } from '../lib/call/types';
import type { LastRun, RunResult, Verdict } from '../lib/runner/types';
import type { Changing } from './slice';

/**
 * What the islands of one page share, in one place: the calls the page runs (by spec id), and the call feed the
 * inspectors follow (the live call, or a saved one replayed). Each slice is small and says when it changes; an
 * island subscribes to what it shows and lets go when it leaves (`Island.own`). The inspectors' own state
 * (`inspect/store.ts`) follows the feed slice.
 */

/** What a step box needs from the call its phase belongs to, whatever the call. */
export interface StepCall extends CallFeed, Changing {
  readonly runner: {
    readonly lastRun: LastRun | null;
    readonly mistake: { readonly phase: string; readonly error: ErrorInfo } | null;
    readonly mistakeMode: boolean;
    phase(id: string): { mistake?(error: ErrorInfo): string };
    isDone(id: string): boolean;
    next(): string | null;
  };
  verdict(phase: string): Verdict;
  canRun(phase: string): boolean;
  run(phase: string): Promise<RunResult>;
}

const calls = new Map<string, StepCall>();
const waiting = new Map<string, ((call: StepCall) => void)[]>();

/** Makes a page's call available to the islands that name it (`data-call`), e.g. when the chapter's stage starts. */
export function providePageCall(id: string, call: StepCall): void {
  calls.set(id, call);
  for (const use of waiting.get(id)?.splice(0) ?? []) use(call);
}

/** Calls `use` with the page's call of that id, now or as soon as the chapter's stage provides it. */
export function withPageCall(id: string, use: (call: StepCall) => void): void {
  const call = calls.get(id);
  if (call) use(call);
  else waiting.set(id, [...(waiting.get(id) ?? []), use]);
}

let feed: CallFeed | null = null;
const feedListeners = new Set<(feed: CallFeed | null) => void>();

/** Makes `next` the call the page's inspectors and state panels show (null: none), and tells every island. */
export function setCallFeed(next: CallFeed | null): void {
  feed = next;
  for (const listener of [...feedListeners]) listener(next);
}

/**
 * Makes the page show `call` again if a saved call is being shown instead: the reader acted on the live call (ran a
 * step, pressed Call, chose a source), so the panels must show what that did, not the saved call's states.
 */
export function showLiveCall(call: CallFeed): void {
  if (feed !== call) setCallFeed(call);
}

/** Calls `listener` with the current feed now and with every later one; returns the unsubscribe function. */
export function onCallFeed(listener: (feed: CallFeed | null) => void): () => void {
  feedListeners.add(listener);
  listener(feed);
  return () => feedListeners.delete(listener);
}
