import type { CallEvent, CallFeed } from '../../lib/call/types';
import { createCallLog, createCallRecorder, createReplay, isReplay, type CallLog } from '../../lib/inspect/log';
import type { SamplerStatus, StatsSample, StatsSampler } from '../../lib/inspect/stats';
import { onCallFeed, setCallFeed } from '../call/feed';

/**
 * What every inspector island shows, shared so that one page runs one feed subscription and one getStats loop
 * however many islands it has. Islands are told of changes in batches: events during a call's setup are held until
 * the events pause (150 ms) or for at most a second, so rendering never competes with the call itself. The stats
 * sampler's code loads when a peer first connects.
 */
export interface InspectSnapshot {
  readonly feed: CallFeed | null;
  readonly replaying: boolean;
  /** Goes up when a new feed or a new call starts: islands clear what they showed. */
  readonly callId: number;
  readonly events: readonly CallEvent[];
  /** Every sample of this call (the log keeps them all; charts take the last minute). */
  readonly samples: readonly StatsSample[];
  readonly sampler: SamplerStatus | 'replay';
}

/** About an hour of samples at one a second. */
const maxSamples = 3600;
const quietMs = 150;
const maxWaitMs = 1000;

let started = false;
let feed: CallFeed | null = null;
let liveFeed: CallFeed | null = null;
let recorder = createCallRecorder();
let samples: StatsSample[] = [];
let sampler: StatsSampler | null = null;
let samplerLoading = false;
let samplerStatus: SamplerStatus | 'replay' = 'waiting';
let callId = 0;
let unsubscribe = () => {};
let timer: ReturnType<typeof setTimeout> | undefined;
let firstPendingAt = 0;
const listeners = new Set<(snapshot: InspectSnapshot) => void>();

function snapshot(): InspectSnapshot {
  return {
    feed,
    replaying: isReplay(feed),
    callId,
    events: recorder.events(),
    samples,
    sampler: samplerStatus,
  };
}

function flush() {
  timer = undefined;
  const now = snapshot();
  for (const listener of listeners) listener(now);
}

function changed(soon: boolean) {
  const now = performance.now();
  if (timer === undefined) firstPendingAt = now;
  else clearTimeout(timer);
  const wait = soon ? 0 : Math.max(0, Math.min(quietMs, firstPendingAt + maxWaitMs - now));
  timer = setTimeout(flush, wait);
}

function follow(next: CallFeed | null) {
  if (next === feed) return;
  unsubscribe();
  sampler?.dispose();
  sampler = null;
  samplerLoading = false;
  feed = next;
  recorder = createCallRecorder();
  samples = [];
  callId += 1;
  samplerStatus = 'waiting';
  if (next && isReplay(next)) {
    samples = [...next.log.stats];
    samplerStatus = 'replay';
  } else if (next) {
    liveFeed = next;
  }
  unsubscribe = next
    ? next.subscribe((event) => {
        if (recorder.add(event)) {
          samples = [];
          callId += 1;
        }
        if (sampler) sampler.observe(event);
        else if (event.type === 'state' && event.name === 'connectionState' && event.value === 'connected') {
          void startSampler(next);
        }
        changed(false);
      })
    : () => {};
  changed(true);
}

/** Loads the sampler for a live feed and tells it what the call has done so far. */
async function startSampler(live: CallFeed) {
  if (samplerLoading || isReplay(live)) return;
  samplerLoading = true;
  let createStatsSampler: typeof import('../../lib/inspect/stats').createStatsSampler;
  try {
    ({ createStatsSampler } = await import('../../lib/inspect/stats'));
  } catch {
    // The chunk did not load (offline, new deploy): the call goes on without statistics.
    samplerLoading = false;
    return;
  }
  if (live !== feed || sampler) return;
  sampler = createStatsSampler({
    feed: live,
    onSample(sample) {
      samples = samples.length >= maxSamples ? [...samples.slice(1), sample] : [...samples, sample];
      changed(true);
    },
    onStatus(status) {
      samplerStatus = status;
      changed(true);
    },
  });
  for (const event of recorder.events()) sampler.observe(event);
}

/** Calls `listener` with the inspectors' state now (soon) and after every batch of changes; returns unsubscribe. */
export function onInspect(listener: (snapshot: InspectSnapshot) => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    onCallFeed(follow);
  }
  changed(true);
  return () => listeners.delete(listener);
}

/** The current call as a saved log, or null when there is nothing to save. */
export function currentLog(): CallLog | null {
  const events = recorder.events();
  if (events.length === 0) return null;
  return createCallLog(events, samples, { savedAt: new Date(), userAgent: navigator.userAgent });
}

/** Replays a saved call into every island that follows the page's call feed. */
export function openLog(log: CallLog): void {
  const replay = createReplay(log);
  setCallFeed(replay);
  replay.play();
}

/** The live call the page had before a replay, if any. */
export function hasLiveFeed(): boolean {
  return liveFeed !== null;
}

/** Goes back from a replay to the page's live call. */
export function backToLive(): void {
  if (liveFeed) setCallFeed(liveFeed);
}
