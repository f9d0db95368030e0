import type { CallEvent, CallFeed } from '../call/types';
import type { StatsSample } from './stats';

export const logFormat = 'webrtc-step-by-step/call-log';
/** Version 2 names the call (`call`); version 1 files are still read, as chapter 5's call. */
export const logVersion = 2;

/** A saved call: every event the engine reported and every stats sample, as JSON. */
export interface CallLog {
  readonly format: typeof logFormat;
  readonly version: typeof logVersion;
  /** ISO 8601. */
  readonly savedAt: string;
  readonly userAgent: string;
  /** The id of the call's spec: `video-loopback`. */
  readonly call: string;
  readonly events: readonly CallEvent[];
  readonly stats: readonly StatsSample[];
}

/** Puts a call's events and samples into the saved format. */
export function createCallLog(
  events: readonly CallEvent[],
  stats: readonly StatsSample[],
  about: { savedAt: Date; userAgent: string; call: string },
): CallLog {
  return {
    format: logFormat,
    version: logVersion,
    savedAt: about.savedAt.toISOString(),
    userAgent: about.userAgent,
    call: about.call,
    events,
    stats,
  };
}

/** A file name for a log saved at `date`: `webrtc-call-2026-11-24-10-02-33.json`. */
export function logFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const parts = [date.getHours(), date.getMinutes(), date.getSeconds()].map(pad).join('-');
  return `webrtc-call-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${parts}.json`;
}

/** A feed that plays a saved call's events back; it has no live connections. */
export interface ReplayFeed extends CallFeed {
  readonly log: CallLog;
  /** Sends every logged event, in order, to the current subscribers. */
  play(): void;
}

const replays = new WeakSet<CallFeed>();

/** Whether a feed is a replay (its stats come from the log, not from getStats). */
export function isReplay(feed: CallFeed | null): feed is ReplayFeed {
  return feed !== null && replays.has(feed);
}

/** Makes a feed that replays `log` when `play()` is called, so that every island that follows the feed shows it. */
export function createReplay(log: CallLog): ReplayFeed {
  const listeners = new Set<(event: CallEvent) => void>();
  const feed: ReplayFeed = {
    log,
    call: log.call,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connection: () => null,
    play() {
      for (const event of log.events) for (const listener of [...listeners]) listener(event);
    },
  };
  replays.add(feed);
  return feed;
}

/** Call boundaries: the first API call after a hang-up or a reset begins a new call. */
export function createCallRecorder() {
  let events: CallEvent[] = [];
  let over = false;
  return {
    /** Adds an event; returns true when it began a new call (the previous call's events were dropped). */
    add(event: CallEvent): boolean {
      const fresh = over && event.type === 'api-call' && event.status === 'start';
      if (fresh) {
        events = [];
        over = false;
      }
      events.push(event);
      if (
        (event.type === 'call-status' && (event.status === 'ended' || event.status === 'idle')) ||
        (event.type === 'api-call' && event.status === 'success' && event.phase === 'hang-up')
      ) {
        over = true;
      }
      return fresh;
    },
    events: (): readonly CallEvent[] => events,
  };
}
