import type { BufferSample } from '../../lib/channel/sender';

/** The SVG path of a bufferedAmount series in a `width` x `height` box, scaled to `maxBytes` and the last time. */
export function bufferPath(samples: readonly BufferSample[], width: number, height: number, maxBytes: number): string {
  const last = samples.at(-1)?.t ?? 0;
  if (samples.length === 0 || maxBytes <= 0) return '';
  const x = (t: number) => (last > 0 ? (t / last) * width : 0).toFixed(1);
  const y = (bytes: number) => (height - (Math.min(bytes, maxBytes) / maxBytes) * height).toFixed(1);
  return samples.map((s, i) => `${i === 0 ? 'M' : 'L'}${x(s.t)} ${y(s.bytes)}`).join(' ');
}
