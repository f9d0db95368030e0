/** Reading getStats reports: one sample of both peers' streams and selected candidate pairs, as plain data. */
import type { PeerId } from '../call/types';

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
