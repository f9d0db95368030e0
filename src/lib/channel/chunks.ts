/** Chunks for a transfer: each carries its sequence number in its first four bytes, so the receiver can check order. */

/** The sizes of the chunks that carry `total` bytes in pieces of at most `size` bytes. */
export function chunkSizes(total: number, size: number): number[] {
  if (!(size > 0) || !(total >= 0)) return [];
  const count = Math.ceil(total / size);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - size * i : size));
}

/** A chunk of `size` bytes (at least 4) numbered `seq`; the rest is a pattern that depends on seq. */
export function makeChunk(seq: number, size: number): ArrayBuffer {
  const bytes = new Uint8Array(Math.max(4, size));
  new DataView(bytes.buffer).setUint32(0, seq);
  for (let i = 4; i < bytes.length; i++) bytes[i] = (seq + i) & 0xff;
  return bytes.buffer;
}

/** The sequence number a chunk carries, or null for data too short to be a chunk. */
export function chunkSeq(data: ArrayBuffer): number | null {
  return data.byteLength >= 4 ? new DataView(data).getUint32(0) : null;
}

/** One message cut into parts no larger than `max` bytes: the split a message over maxMessageSize needs. */
export function splitBytes(bytes: Uint8Array<ArrayBuffer>, max: number): Uint8Array<ArrayBuffer>[] {
  if (!(max > 0)) return [];
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let start = 0; start < bytes.length; start += max) parts.push(bytes.subarray(start, start + max));
  return parts;
}

/** Joins the parts of a split message again. */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
