import type { CallEvent, CallFeed, PeerId } from '../call/types';
import { other } from '../call/types';
import { peerIds } from '../call/types';

/** One entry of an RTCStatsReport, as plain data. */
export type StatsRecord = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly type: string;
  readonly timestamp: number;
};

/** One RTP stream seen from one peer: what it sends (`send`) or receives (`receive`). */
export interface StreamSample {
  /** Stable across samples: the peer and the stats id. */
  readonly key: string;
  readonly peer: PeerId;
  readonly direction: 'send' | 'receive';
  readonly kind: 'audio' | 'video';
  /** The codec's name from its MIME type: `VP8`, `opus`. */
  readonly codec: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly fps: number | null;
  /** Payload bytes so far, and the stat's own timestamp (ms): the next sample's bitrate comes from the deltas. */
  readonly bytes: number;
  readonly timestamp: number;
  /** Bits per second since the previous sample; null on the first one. */
  readonly bitrate: number | null;
  readonly packetsLost: number | null;
  /** Seconds. */
  readonly jitter: number | null;
  /** Seconds, as the receiver reports it back to the sender (send side only). */
  readonly rtt: number | null;
  readonly framesDecoded: number | null;
}

export interface EndpointSample {
  readonly address: string;
  readonly port: number;
  readonly type: string;
  readonly protocol: string;
}

/** The candidate pair a peer's ICE agent selected, and its round-trip time in seconds. */
export interface PairSample {
  readonly peer: PeerId;
  readonly local: EndpointSample;
  readonly remote: EndpointSample;
  readonly rtt: number | null;
}

/** Everything one round of getStats on both peers yields; `at` is on the call's clock. */
export interface StatsSample {
  readonly at: number;
  readonly streams: readonly StreamSample[];
  readonly pairs: readonly PairSample[];
}

const num = (record: StatsRecord | undefined, key: string): number | null => {
  const value = record?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};
const str = (record: StatsRecord | undefined, key: string): string | null => {
  const value = record?.[key];
  return typeof value === 'string' ? value : null;
};

/** Bits per second between two byte counts taken at two timestamps (ms); null when it cannot be told. */
export function bitrate(
  previous: { bytes: number; timestamp: number } | undefined,
  current: { bytes: number; timestamp: number },
): number | null {
  if (!previous) return null;
  const seconds = (current.timestamp - previous.timestamp) / 1000;
  const bytes = current.bytes - previous.bytes;
  if (!(seconds > 0) || bytes < 0) return null;
  return (bytes * 8) / seconds;
}

function endpoint(record: StatsRecord | undefined): EndpointSample | null {
  if (!record) return null;
  return {
    address: str(record, 'address') ?? str(record, 'ip') ?? '',
    port: num(record, 'port') ?? 0,
    type: str(record, 'candidateType') ?? '',
    protocol: str(record, 'protocol') ?? '',
  };
}

function selectedPair(peer: PeerId, byId: ReadonlyMap<string, StatsRecord>): PairSample | null {
  const records = [...byId.values()];
  const transport = records.find((r) => r.type === 'transport' && str(r, 'selectedCandidatePairId'));
  const pair =
    byId.get(str(transport, 'selectedCandidatePairId') ?? '') ??
    records.find((r) => r.type === 'candidate-pair' && r['selected'] === true) ??
    records.find((r) => r.type === 'candidate-pair' && r['nominated'] === true && r['state'] === 'succeeded');
  const local = endpoint(byId.get(str(pair, 'localCandidateId') ?? ''));
  const remote = endpoint(byId.get(str(pair, 'remoteCandidateId') ?? ''));
  if (!pair || !local || !remote) return null;
  return { peer, local, remote, rtt: num(pair, 'currentRoundTripTime') };
}

/**
 * Reads one peer's stats report: its RTP streams (with bitrates from the byte deltas since `previous`) and its
 * selected candidate pair.
 */
export function summarizeStats(
  peer: PeerId,
  records: Iterable<StatsRecord>,
  previous: readonly StreamSample[] = [],
): { streams: StreamSample[]; pair: PairSample | null } {
  const byId = new Map<string, StatsRecord>();
  for (const record of records) byId.set(record.id, record);
  const streams: StreamSample[] = [];
  for (const record of byId.values()) {
    const direction = record.type === 'outbound-rtp' ? 'send' : record.type === 'inbound-rtp' ? 'receive' : null;
    const kind = str(record, 'kind') ?? str(record, 'mediaType');
    if (!direction || (kind !== 'audio' && kind !== 'video')) continue;
    const key = `${peer}/${record.id}`;
    const bytes = num(record, direction === 'send' ? 'bytesSent' : 'bytesReceived') ?? 0;
    const timestamp = record.timestamp;
    // The receiver's reports about what we sent: loss, jitter and round-trip time.
    const report = direction === 'send' ? byId.get(str(record, 'remoteId') ?? '') : record;
    const mimeType = str(byId.get(str(record, 'codecId') ?? ''), 'mimeType');
    streams.push({
      key,
      peer,
      direction,
      kind,
      codec: mimeType ? (mimeType.split('/')[1] ?? mimeType) : null,
      width: num(record, 'frameWidth'),
      height: num(record, 'frameHeight'),
      fps: num(record, 'framesPerSecond'),
      bytes,
      timestamp,
      bitrate: bitrate(
        previous.find((p) => p.key === key),
        { bytes, timestamp },
      ),
      packetsLost: num(report, 'packetsLost'),
      jitter: num(report, 'jitter'),
      rtt: direction === 'send' ? num(report, 'roundTripTime') : null,
      framesDecoded: num(record, 'framesDecoded'),
    });
  }
  return { streams, pair: selectedPair(peer, byId) };
}

/** The samples of the last `windowMs` (a minute by default) after adding `sample`. */
export function appendSample(history: readonly StatsSample[], sample: StatsSample, windowMs = 60_000): StatsSample[] {
  return [...history.filter((s) => s.at > sample.at - windowMs), sample];
}

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

/** What one direction of the call carries for one kind of media, from the sender's and the receiver's reports. */
export interface MediaView {
  readonly codec: string | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly fps: number | null;
  readonly bitrate: number | null;
  readonly packetsLost: number | null;
  readonly jitter: number | null;
  readonly rtt: number | null;
  readonly framesDecoded: number | null;
}

/**
 * One kind of media from `from` to the other peer: the receiver's figures where it has them (what arrives is what
 * counts), the sender's otherwise; null when nothing of that kind flows that way.
 */
export function mediaView(sample: StatsSample | undefined, from: PeerId, kind: 'audio' | 'video'): MediaView | null {
  const to = other(from);
  const sent = sample?.streams.find((s) => s.peer === from && s.direction === 'send' && s.kind === kind);
  const received = sample?.streams.find((s) => s.peer === to && s.direction === 'receive' && s.kind === kind);
  if (!sent && !received) return null;
  const pick = <K extends keyof StreamSample>(key: K, first = received, second = sent) =>
    (first?.[key] ?? second?.[key] ?? null) as StreamSample[K] | null;
  return {
    codec: pick('codec', sent, received),
    width: pick('width'),
    height: pick('height'),
    fps: pick('fps'),
    bitrate: pick('bitrate'),
    packetsLost: pick('packetsLost'),
    jitter: pick('jitter'),
    rtt: sent?.rtt ?? null,
    framesDecoded: received?.framesDecoded ?? null,
  };
}

/** A time series from samples: the points where `select` gives a number. */
export function series(
  samples: readonly StatsSample[],
  select: (sample: StatsSample) => number | null | undefined,
): { at: number; value: number }[] {
  const points: { at: number; value: number }[] = [];
  for (const sample of samples) {
    const value = select(sample);
    if (typeof value === 'number' && Number.isFinite(value)) points.push({ at: sample.at, value });
  }
  return points;
}
