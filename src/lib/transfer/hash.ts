import { Sha256, toHex } from './sha256';

/** How a side hashes: the browser's digest for whole buffers, injected so tests can pass Node's. */
export interface HashTools {
  /** `crypto.subtle.digest('SHA-256', data)` in the page. */
  readonly digest: (data: ArrayBuffer) => Promise<ArrayBuffer>;
  /** Files larger than this are hashed incrementally; `wholeHashLimit` unless a test sets it lower. */
  readonly wholeHashLimit?: number;
}

/**
 * Up to this size a side hashes with WebCrypto in one call, which needs the whole file in memory once (briefly);
 * above it, with the incremental `Sha256` a slice at a time, so memory stays bounded at the cost of speed.
 */
export const wholeHashLimit = 64 * 1024 * 1024;
/** The slice a streaming hash reads at a time. */
const hashSlice = 1024 * 1024;

/** SHA-256 of a Blob as hex, reading it whole (small) or slice by slice (large); stops early if `signal` aborts. */
export async function hashBlob(blob: Blob, tools: HashTools, signal?: AbortSignal): Promise<string> {
  if (blob.size <= (tools.wholeHashLimit ?? wholeHashLimit))
    return toHex(new Uint8Array(await tools.digest(await blob.arrayBuffer())));
  const hasher = new Sha256();
  for (let at = 0; at < blob.size; at += hashSlice) {
    signal?.throwIfAborted();
    hasher.update(new Uint8Array(await blob.slice(at, at + hashSlice).arrayBuffer()));
  }
  return toHex(hasher.digest());
}
