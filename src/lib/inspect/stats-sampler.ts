/** Sampling getStats once a second while a call is up, and not while the page is hidden. */
import { peerIds, type CallEvent, type CallFeed, type PeerId } from '../call/types';
import { summarizeStats, type PairSample, type StatsRecord, type StatsSample, type StreamSample } from './stats';

/** Whether the page is hidden, and a way to hear when that changes. */
export interface Visibility {
  hidden(): boolean;
  subscribe(listener: () => void): () => void;
}

export type SamplerStatus = 'waiting' | 'sampling' | 'paused' | 'stopped';

export interface SamplerOptions {
  /** Where the live connections come from; the sampler hears the call's events through `observe`. */
  readonly feed: Pick<CallFeed, 'connection'>;
  readonly onSample: (sample: StatsSample) => void;
  readonly onStatus?: (status: SamplerStatus) => void;
  readonly intervalMs?: number;
  readonly now?: () => number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
  readonly visibility?: Visibility;
}

export interface StatsSampler {
  /** Tells the sampler about one of the call's events, in order. */
  observe(event: CallEvent): void;
  status(): SamplerStatus;
  dispose(): void;
}

function documentVisibility(): Visibility {
  return {
    hidden: () => document.hidden,
    subscribe(listener) {
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

/** Phases and states after which there is no call to sample any more. */
function ends(event: CallEvent): boolean {
  return (
    (event.type === 'api-call' && event.status === 'start' && event.phase === 'hang-up') ||
    (event.type === 'call-status' && event.status !== 'active')
  );
}

/**
 * Calls getStats on both peers' connections once a second while the call is up (from the first `connected` until
 * hang-up or the end of the call), and not while the page is hidden. The first round runs a full interval after
 * `connected`, so sampling never competes with the call's setup. It learns of the call through `observe(event)`.
 */
export function createStatsSampler(options: SamplerOptions): StatsSampler {
  const {
    feed,
    onSample,
    onStatus = () => {},
    intervalMs = 1000,
    now = () => performance.now(),
    setTimer = (callback, ms) => setTimeout(callback, ms),
    clearTimer = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    visibility = documentVisibility(),
  } = options;
  const connected = new Map<PeerId, boolean>();
  let previous: StreamSample[] = [];
  let timer: unknown = null;
  let generation = 0;
  let current: SamplerStatus = 'waiting';
  let everUp = false;

  const up = () => [...connected.values()].some(Boolean);
  const setStatus = (status: SamplerStatus) => {
    if (status !== current) onStatus((current = status));
  };

  function cancel() {
    if (timer !== null) clearTimer(timer);
    timer = null;
    generation += 1;
  }

  /** Plans the next round from where things stand; a round in flight when anything changes is dropped. */
  function schedule() {
    cancel();
    if (!up()) return setStatus(everUp ? 'stopped' : 'waiting');
    if (visibility.hidden()) return setStatus('paused');
    setStatus('sampling');
    const mine = generation;
    timer = setTimer(() => void tick(mine), intervalMs);
  }

  async function tick(mine: number) {
    timer = null;
    const reports = await Promise.all(
      peerIds.map(async (peer) => {
        const pc = feed.connection(peer);
        if (!pc) return null;
        try {
          const report = await pc.getStats();
          return { peer, records: [...report.values()] as StatsRecord[] };
        } catch {
          // The connection closed between the check and the call: nothing to read this round.
          return null;
        }
      }),
    );
    if (mine !== generation) return;
    const streams: StreamSample[] = [];
    const pairs: PairSample[] = [];
    for (const report of reports) {
      if (!report) continue;
      const summary = summarizeStats(report.peer, report.records, previous);
      streams.push(...summary.streams);
      if (summary.pair) pairs.push(summary.pair);
    }
    previous = streams;
    if (reports.some(Boolean)) onSample({ at: now(), streams, pairs });
    if (mine === generation) schedule();
  }

  function observe(event: CallEvent) {
    if (ends(event)) {
      connected.clear();
      previous = [];
    } else if (event.type === 'state' && event.name === 'connectionState') {
      const isUp = event.value === 'connected' || event.value === 'disconnected';
      if (isUp === (connected.get(event.peer) ?? false)) return;
      connected.set(event.peer, isUp);
      everUp ||= isUp;
    } else {
      return;
    }
    if (up() && current === 'sampling') return;
    schedule();
  }

  const unwatch = visibility.subscribe(() => schedule());

  return {
    observe,
    status: () => current,
    dispose() {
      unwatch();
      cancel();
      setStatus('stopped');
    },
  };
}
