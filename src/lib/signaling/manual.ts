/**
 * The copy/paste codec for two devices without a server: a complete description (gathered candidates included in
 * its SDP, no trickle) as `deflate-raw` bytes in base64url, after a short version prefix. Decoding checks every step
 * and never inflates past the frame limit.
 */
import { fromBase64Url, toBase64Url } from './room-id.ts';
import type { DescriptionInfo, RejectCode } from './types';
import { byteLength, maxFrameBytes, validateSignalFrame } from './validate.ts';

/** Starts every encoded text; the digit is the format's version. */
export const manualPrefix = 'WRTC1.';
/** Longest text accepted for decoding (the base64url of a maximal compressed frame, plus the prefix). */
export const maxManualTextLength = manualPrefix.length + Math.ceil((maxFrameBytes * 4) / 3);

/** Why a pasted text was refused: the codec's own reasons, then the message checks of validate.ts. */
export type ManualCode = 'bad-prefix' | 'bad-encoding' | 'bad-compression' | RejectCode;

/** Sizes in bytes: the JSON, the compressed bytes, and the text to copy (ASCII, so characters = bytes). */
export interface ManualSizes {
  readonly json: number;
  readonly compressed: number;
  readonly text: number;
}

/** The stream constructors the codec uses (the browser's or Node's globals). */
export interface CodecStreams {
  readonly CompressionStream: typeof CompressionStream;
  readonly DecompressionStream: typeof DecompressionStream;
}

/** A successful decode, or the code of the first check that failed. */
export type ManualDecoded =
  | { readonly ok: true; readonly description: DescriptionInfo; readonly sizes: ManualSizes }
  | { readonly ok: false; readonly code: ManualCode };

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Reads a byte stream to its end; undefined when it holds more than `limit` bytes. */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Encodes a description as text to copy, with the sizes before and after compression. */
export async function encodeDescription(
  description: DescriptionInfo,
  streams: Pick<CodecStreams, 'CompressionStream'>,
): Promise<{ readonly text: string; readonly sizes: ManualSizes }> {
  const json = JSON.stringify({ type: 'description', description: { type: description.type, sdp: description.sdp } });
  const bytes = new TextEncoder().encode(json);
  const compressed = await readAll(streamOf(bytes).pipeThrough(new streams.CompressionStream('deflate-raw')), Infinity);
  const packed = compressed ?? new Uint8Array();
  const text = `${manualPrefix}${toBase64Url(packed)}`;
  return { text, sizes: { json: bytes.length, compressed: packed.length, text: text.length } };
}

/** Decodes pasted text back to a description; whitespace (from line wrapping) is ignored. Never throws. */
export async function decodeDescription(
  pasted: string,
  streams: Pick<CodecStreams, 'DecompressionStream'>,
): Promise<ManualDecoded> {
  const text = pasted.replace(/\s+/g, '');
  if (text.length > maxManualTextLength) return { ok: false, code: 'too-large' };
  if (!text.startsWith(manualPrefix)) return { ok: false, code: 'bad-prefix' };
  const packed = fromBase64Url(text.slice(manualPrefix.length));
  if (packed === undefined || packed.length === 0) return { ok: false, code: 'bad-encoding' };
  let inflated: Uint8Array | undefined;
  try {
    const bytes = new Uint8Array(packed);
    inflated = await readAll(
      streamOf(bytes).pipeThrough(new streams.DecompressionStream('deflate-raw')),
      maxFrameBytes,
    );
  } catch {
    return { ok: false, code: 'bad-compression' };
  }
  if (inflated === undefined) return { ok: false, code: 'too-large' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, code: 'not-json' };
  }
  const checked = validateSignalFrame(json);
  if (!checked.ok) return { ok: false, code: checked.code };
  if (checked.message.type !== 'description') return { ok: false, code: 'unknown-type' };
  return {
    ok: true,
    description: checked.message.description,
    sizes: { json: byteLength(json), compressed: packed.length, text: text.length },
  };
}
