/**
 * The wire format of a transfer, version 1. Control messages are JSON text: `header` (what is coming), `end` (all
 * bytes sent), `cancel` (either side gives up, with a code). The bytes travel as binary messages, each with an
 * 8-byte prefix: the version, a kind byte, two zero bytes and the transfer's id (uint32, big-endian). The receiver
 * answers `ack` once the hash matched, or `cancel` with the code of what it refused.
 */

/** The protocol version every message carries; anything else is refused. */
export const protocolVersion = 1;
/** Bytes in front of every chunk's payload. */
export const chunkPrefix = 8;
/** The most a chunk message may carry in all, whatever the channel allows: 64 KiB. */
export const chunkCeiling = 64 * 1024;
const chunkKind = 1;

/** What a transfer carries: a photo (shown at the sender's size) or any file (offered for download). */
export type TransferKind = 'photo' | 'file';

/** The first message of a transfer: what the receiver checks before it accepts a single byte. */
export interface Header {
  readonly v: typeof protocolVersion;
  readonly type: 'header';
  readonly id: number;
  readonly kind: TransferKind;
  readonly name: string;
  readonly mime: string;
  readonly size: number;
  /** A photo's pixel size; absent for a file. */
  readonly width?: number;
  readonly height?: number;
  /** SHA-256 of all the bytes, 64 lowercase hex digits. */
  readonly sha256: string;
}

/** Why a side gave up a transfer; the other side hears the same code. */
export type CancelCode = 'sender-cancelled' | 'receiver-cancelled' | RefusalCode;

/** What the receiver refuses on its own checks; each has a sentence in the dictionary. */
export type RefusalCode =
  | 'bad-message'
  | 'bad-version'
  | 'bad-header'
  | 'type-refused'
  | 'too-large'
  | 'busy'
  | 'unknown-transfer'
  | 'too-many-bytes'
  | 'too-few-bytes'
  | 'hash-mismatch';

export interface End {
  readonly v: typeof protocolVersion;
  readonly type: 'end';
  readonly id: number;
}

export interface Cancel {
  readonly v: typeof protocolVersion;
  readonly type: 'cancel';
  readonly id: number;
  /** Which role sent it: a sender stopping its transfer, or a receiver refusing one. */
  readonly from: 'sender' | 'receiver';
  readonly code: CancelCode;
}

/** The receiver has every byte and the hash matched. */
export interface Ack {
  readonly v: typeof protocolVersion;
  readonly type: 'ack';
  readonly id: number;
}

/** Any control message. */
export type Control = Header | End | Cancel | Ack;

/** One chunk of a transfer's bytes. */
export interface Chunk {
  readonly type: 'chunk';
  readonly id: number;
  readonly payload: Uint8Array<ArrayBuffer>;
}

/** A message read off the wire: valid, or refused with a code. */
export type Decoded =
  | { readonly ok: true; readonly message: Control | Chunk }
  /** `id` is the transfer the message named, when it named one that can be read. */
  | { readonly ok: false; readonly code: RefusalCode; readonly id: number | null };

/** Limits a header must meet: the largest name, the image types a photo may have. */
export const headerLimits = {
  maxName: 255,
  maxMime: 127,
  maxSide: 16384,
  photoTypes: ['image/jpeg', 'image/webp', 'image/png'] as readonly string[],
};

/** The largest chunk message for a channel whose other side accepts `maxMessageSize` bytes (null: unknown). */
export function chunkLimit(maxMessageSize: number | null | undefined): number {
  const max = typeof maxMessageSize === 'number' && maxMessageSize > chunkPrefix ? maxMessageSize : chunkCeiling;
  return Math.min(max, chunkCeiling);
}

/** A chunk message: the prefix, then the payload. */
export function encodeChunk(id: number, payload: Uint8Array): ArrayBuffer {
  const bytes = new Uint8Array(chunkPrefix + payload.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, protocolVersion);
  view.setUint8(1, chunkKind);
  view.setUint32(4, id);
  bytes.set(payload, chunkPrefix);
  return bytes.buffer;
}

/** A control message as the text sent on the channel. */
export function encodeControl(message: Control): string {
  return JSON.stringify(message);
}

/** The longest control message accepted: a header with the longest name and type fits easily. */
const maxControlChars = 4096;

/** Reads one message from the channel, trusting nothing: every field is checked before it is returned. */
export function decode(data: unknown): Decoded {
  if (data instanceof ArrayBuffer) return decodeChunk(data);
  if (typeof data !== 'string' || data.length > maxControlChars) return refuse('bad-message');
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return refuse('bad-message');
  }
  if (!isRecord(parsed)) return refuse('bad-message');
  const id = isId(parsed['id']) ? parsed['id'] : null;
  if (parsed['v'] !== protocolVersion) return refuse('bad-version', id);
  if (id === null) return refuse('bad-message');
  switch (parsed['type']) {
    case 'header':
      return decodeHeader(parsed);
    case 'end':
    case 'ack':
      return { ok: true, message: { v: protocolVersion, type: parsed['type'], id } };
    case 'cancel': {
      const from = parsed['from'];
      const code = parsed['code'];
      if ((from !== 'sender' && from !== 'receiver') || !isCancelCode(code)) return refuse('bad-message', id);
      return { ok: true, message: { v: protocolVersion, type: 'cancel', id, from, code } };
    }
    default:
      return refuse('bad-message', id);
  }
}

function decodeChunk(data: ArrayBuffer): Decoded {
  if (data.byteLength < chunkPrefix || data.byteLength > chunkCeiling) return refuse('bad-message');
  const view = new DataView(data);
  const id = view.getUint32(4);
  if (view.getUint8(0) !== protocolVersion) return refuse('bad-version', id || null);
  if (view.getUint8(1) !== chunkKind) return refuse('bad-message', id || null);
  return { ok: true, message: { type: 'chunk', id, payload: new Uint8Array(data, chunkPrefix) } };
}

function decodeHeader(raw: Record<string, unknown>): Decoded {
  const { id, kind, name, mime, size, width, height, sha256 } = raw;
  if (!isId(id)) return refuse('bad-header');
  if (kind !== 'photo' && kind !== 'file') return refuse('bad-header', id);
  if (typeof name !== 'string' || name.length === 0 || name.length > headerLimits.maxName) {
    return refuse('bad-header', id);
  }
  if (typeof mime !== 'string' || mime.length > headerLimits.maxMime) return refuse('bad-header', id);
  if (mime !== '' && !/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i.test(mime)) {
    return refuse('type-refused', id);
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return refuse('bad-header', id);
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) return refuse('bad-header', id);
  const header: Header = { v: protocolVersion, type: 'header', id, kind, name: safeName(name), mime, size, sha256 };
  if (kind === 'file') return { ok: true, message: header };
  if (!headerLimits.photoTypes.includes(mime)) return refuse('type-refused', id);
  if (!isSide(width) || !isSide(height)) return refuse('bad-header', id);
  return { ok: true, message: { ...header, width, height } };
}

/** A name safe to offer as a download: no folders, no control characters, never empty. */
export function safeName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f/\\]/g, '_')
    .replace(/^\.+/, '_')
    .trim();
  return cleaned.slice(0, headerLimits.maxName) || 'file';
}

const cancelCodes: readonly string[] = [
  'sender-cancelled',
  'receiver-cancelled',
  'bad-message',
  'bad-version',
  'bad-header',
  'type-refused',
  'too-large',
  'busy',
  'unknown-transfer',
  'too-many-bytes',
  'too-few-bytes',
  'hash-mismatch',
];

function isCancelCode(value: unknown): value is CancelCode {
  return typeof value === 'string' && cancelCodes.includes(value);
}

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 0xffffffff;
}

function isSide(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= headerLimits.maxSide;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(code: RefusalCode, id: number | null = null): Decoded {
  return { ok: false, code, id };
}
