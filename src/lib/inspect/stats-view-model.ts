/** What the stats inspector shows, computed from samples: one direction and kind of media, and time series. */
import { other, type PeerId } from '../call/types';
import type { StatsSample, StreamSample } from './stats';

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
