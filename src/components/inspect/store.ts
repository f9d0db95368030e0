import type { CallEvent, CallFeed } from '../../lib/call/types';
import { createCallLog, createCallRecorder, createReplay, isReplay, type CallLog } from '../../lib/inspect/log';
import type { StatsSample } from '../../lib/inspect/stats';
import type { SamplerStatus, StatsSampler } from '../../lib/inspect/stats-sampler';
import { onCallFeed, setCallFeed } from '../page-store';

/**
 * What every inspector island shows, shared so that one page runs one feed subscription and one getStats loop
 * however many islands it has.
 *
 * The inspectors must not cost the call anything, so islands hear of changes only when the call leaves room:
 * after its events pause for 150 ms (a quick call's chain of API calls never pauses that long), never between ICE
 * starting to connect and the first remote frame (at most 2 s), and each island draws in a task of its own. The
 * stats sampler's code loads a second after a peer connects.
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
const maxHoldMs = 2000;
const samplerDelayMs = 1000;

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
/** Until when (performance.now()) the media setup window keeps the islands still. */
let holdUntil = 0;
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
  for (const listener of listeners) setTimeout(() => listeners.has(listener) && listener(now), 0);
}

/** Schedules telling the islands: after the events pause (or at once for `soon`), never inside the hold. */
function changed(soon: boolean) {
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(flush, Math.max(soon ? 0 : quietMs, holdUntil - performance.now()));
}

/** The media setup window: from ICE connecting to the first remote frame (or the end of the call). */
function updateHold(event: CallEvent) {
  if (event.type === 'state' && event.name === 'connectionState' && event.value === 'connecting') {
    holdUntil = performance.now() + maxHoldMs;
  } else if (
    event.type === 'first-frame' ||
    (event.type === 'call-status' && event.status !== 'active') ||
    (event.type === 'api-call' && event.phase === 'hang-up')
  ) {
    holdUntil = 0;
  }
}

function follow(next: CallFeed | null) {
  if (next === feed) return;
  unsubscribe();
  sampler?.dispose();
  sampler = null;
  samplerLoading = false;
  holdUntil = 0;
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
  const live = next !== null && !isReplay(next);
  unsubscribe = next
    ? next.subscribe((event) => {
        if (recorder.add(event)) {
          samples = [];
          callId += 1;
        }
        if (live) {
          updateHold(event);
          if (sampler) sampler.observe(event);
          else if (event.type === 'state' && event.name === 'connectionState' && event.value === 'connected') {
            startSampler(next);
          }
        }
        changed(false);
      })
    : () => {};
  changed(true);
}

/** Loads the sampler for a live feed a little after it connects, and tells it what the call has done so far. */
function startSampler(live: CallFeed) {
  if (samplerLoading) return;
  samplerLoading = true;
  setTimeout(() => {
    import('../../lib/inspect/stats-sampler').then(
      ({ createStatsSampler }) => {
        if (live !== feed || sampler || !samplerLoading) return;
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
      },
      () => {
        // The chunk did not load (offline, a new deploy): the call goes on without statistics.
        samplerLoading = false;
      },
    );
  }, samplerDelayMs);
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
  if (events.length === 0 || !feed) return null;
  return createCallLog(events, samples, { savedAt: new Date(), userAgent: navigator.userAgent, call: feed.call });
}

/** Replays a saved call into every island that follows the page's call feed. */
export function openLog(log: CallLog): void {
  const replay = createReplay(log);
  setCallFeed(replay);
  replay.play();
}

/** Whether the page had a live call before a replay. */
export function hasLiveFeed(): boolean {
  return liveFeed !== null;
}

/** Goes back from a replay to the page's live call. */
export function backToLive(): void {
  if (liveFeed) setCallFeed(liveFeed);
}
