/** Byte helpers for message logs: sizes and hex previews, as data. */

/** The size in bytes a message takes on the channel: UTF-8 for text. */
export function messageBytes(data: string | ArrayBuffer | ArrayBufferView | Blob): number {
  if (typeof data === 'string') return new TextEncoder().encode(data).byteLength;
  if (data instanceof Blob) return data.size;
  return data.byteLength;
}

/** The first `max` bytes as hex pairs (`00 ff 1a`), and how many more there are. */
export function hexPreview(data: ArrayBuffer | Uint8Array, max = 16): { readonly hex: string; readonly more: number } {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const shown = Array.from(bytes.subarray(0, max), (b) => b.toString(16).padStart(2, '0'));
  return { hex: shown.join(' '), more: Math.max(0, bytes.length - max) };
}
