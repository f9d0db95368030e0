/**
 * Validation of every signaling message that comes from outside (another tab, the server, a pasted text, or, on the
 * server, a client). Pure and total: it never throws, it returns the message rebuilt from known fields only, or the
 * reason it was dropped. The limits are documented in docs/signaling.md.
 */
import type { CandidateInfo } from '../call/types';
import { isPeerId, isRoomId } from './room-id.ts';
import type { ClientMessage, DescriptionInfo, RejectCode, RoomMessage, ServerMessage, SignalMessage } from './types';

/** The largest frame accepted anywhere, in UTF-8 bytes (the server's WebSocket `maxPayload` too). */
export const maxFrameBytes = 64 * 1024;
/** Longest SDP accepted, in characters. */
export const maxSdpLength = 60_000;
/** Longest `candidate` line accepted, in characters. */
export const maxCandidateLength = 1024;
/** Longest `sdpMid`, in characters. */
export const maxMidLength = 64;
/** Longest `usernameFragment`, in characters. */
export const maxUfragLength = 256;
/** Longest `message` of an `error`, in characters. */
export const maxErrorMessageLength = 1000;
/** Characters of a rejected frame kept for the log. */
export const previewLength = 120;

/** The outcome of validating one frame; `size` is the frame's UTF-8 length in bytes (0 when it was not text). */
export type Validation<T> =
  | { readonly ok: true; readonly message: T; readonly size: number }
  | { readonly ok: false; readonly code: RejectCode; readonly size: number };

type Parsed =
  { ok: true; value: Record<string, unknown>; size: number } | { ok: false; code: RejectCode; size: number };
type Checked<T> = T | RejectCode;

/** UTF-8 length of `text` in bytes (a lone surrogate counts 3, as TextEncoder writes U+FFFD), without encoding it. */
export function byteLength(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** The first characters of a frame for the log (non-text data is described, not shown). */
export function previewOf(data: unknown): string {
  if (typeof data !== 'string') return `[${typeof data}]`;
  return data.length > previewLength ? `${data.slice(0, previewLength)}…` : data;
}

/** JSON text to a plain object, checking the size before parsing. */
export function parseFrame(data: unknown): Parsed {
  if (typeof data !== 'string') return { ok: false, code: 'not-json', size: 0 };
  // A UTF-16 code unit is at least one UTF-8 byte, so a long string is too large without encoding it.
  if (data.length > maxFrameBytes) return { ok: false, code: 'too-large', size: data.length };
  const size = byteLength(data);
  if (size > maxFrameBytes) return { ok: false, code: 'too-large', size };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, code: 'not-json', size };
  }
  if (!isRecord(value)) return { ok: false, code: 'bad-field', size };
  return { ok: true, value, size };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

const descriptionTypes: readonly string[] = ['offer', 'answer', 'pranswer', 'rollback'];

/** A description: a known type, and an SDP that starts with `v=` (empty only for rollback). */
export function checkDescription(value: unknown): Checked<DescriptionInfo> {
  if (!isRecord(value)) return 'bad-field';
  const { type, sdp } = value;
  if (typeof type !== 'string' || !descriptionTypes.includes(type)) return 'bad-field';
  if (!isString(sdp, maxSdpLength)) return 'bad-field';
  if (type === 'rollback' ? sdp !== '' && !sdp.startsWith('v=') : !sdp.startsWith('v=')) return 'bad-field';
  return { type: type as DescriptionInfo['type'], sdp };
}

/** A candidate (`RTCIceCandidate.toJSON()`); an empty `candidate` line is an end-of-candidates marker. */
export function checkCandidate(value: unknown): Checked<CandidateInfo> {
  if (!isRecord(value)) return 'bad-field';
  const { candidate, sdpMid = null, sdpMLineIndex = null, usernameFragment } = value;
  if (!isString(candidate, maxCandidateLength)) return 'bad-field';
  if (candidate !== '' && !candidate.startsWith('candidate:')) return 'bad-field';
  if (sdpMid !== null && !isString(sdpMid, maxMidLength)) return 'bad-field';
  if (sdpMLineIndex !== null && !(Number.isInteger(sdpMLineIndex) && Number(sdpMLineIndex) >= 0)) return 'bad-field';
  if (sdpMLineIndex !== null && Number(sdpMLineIndex) > 65535) return 'bad-field';
  // addIceCandidate needs one of the two to find the media section.
  if (sdpMid === null && sdpMLineIndex === null) return 'bad-field';
  const base = { candidate, sdpMid, sdpMLineIndex: sdpMLineIndex as number | null };
  if (usernameFragment === undefined) return base;
  if (usernameFragment !== null && !isString(usernameFragment, maxUfragLength)) return 'bad-field';
  return { ...base, usernameFragment };
}

/** A signal (`description`, `candidate` or `bye`) from a parsed object, rebuilt from its known fields. */
export function checkSignal(value: Record<string, unknown>): Checked<SignalMessage> | undefined {
  switch (value['type']) {
    case 'description': {
      const description = checkDescription(value['description']);
      return typeof description === 'string' ? description : { type: 'description', description };
    }
    case 'candidate': {
      if (value['candidate'] === null) return { type: 'candidate', candidate: null };
      const candidate = checkCandidate(value['candidate']);
      return typeof candidate === 'string' ? candidate : { type: 'candidate', candidate };
    }
    case 'bye':
      return { type: 'bye' };
    default:
      return undefined;
  }
}

const errorCodePattern = /^[a-z][a-z0-9-]{0,63}$/;

/** A room message from the server (or a room-keeping carrier). */
export function checkRoomMessage(value: Record<string, unknown>): Checked<RoomMessage> | undefined {
  switch (value['type']) {
    case 'joined': {
      const { room, polite, peers } = value;
      if (!isRoomId(room) || typeof polite !== 'boolean' || (peers !== 1 && peers !== 2)) return 'bad-field';
      return { type: 'joined', room, polite, peers };
    }
    case 'peer-joined':
    case 'peer-left':
    case 'full':
      return { type: value['type'] };
    case 'error': {
      const { code, message } = value;
      if (typeof code !== 'string' || !errorCodePattern.test(code)) return 'bad-field';
      if (!isString(message, maxErrorMessageLength)) return 'bad-field';
      return { type: 'error', code, message };
    }
    default:
      return undefined;
  }
}

function finish<T>(parsed: { size: number }, checked: Checked<T> | undefined): Validation<T> {
  if (checked === undefined) return { ok: false, code: 'unknown-type', size: parsed.size };
  if (typeof checked === 'string') return { ok: false, code: checked as RejectCode, size: parsed.size };
  return { ok: true, message: checked, size: parsed.size };
}

/** A frame that should hold one signal (pasted text, a tab's message body). */
export function validateSignalFrame(data: unknown): Validation<SignalMessage> {
  const parsed = parseFrame(data);
  if (!parsed.ok) return parsed;
  return finish(parsed, checkSignal(parsed.value));
}

/** A `join`: a room id, and when present a rejoin key of the same format (both are 128-bit secrets). */
function checkJoin(value: Record<string, unknown>): Checked<ClientMessage> {
  const { room, rejoin } = value;
  if (!isRoomId(room)) return 'bad-field';
  if (rejoin === undefined) return { type: 'join', room };
  return isRoomId(rejoin) ? { type: 'join', room, rejoin } : 'bad-field';
}

/** A frame a client sent to the server: `join`, `leave` or a signal. */
export function validateClientFrame(data: unknown): Validation<ClientMessage> {
  const parsed = parseFrame(data);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  if (value['type'] === 'join') return finish(parsed, checkJoin(value));
  if (value['type'] === 'leave') return finish(parsed, { type: 'leave' });
  return finish(parsed, checkSignal(value));
}

/** A frame the server sent to a client: a room message, or the other member's signal with its `from`. */
export function validateServerFrame(data: unknown): Validation<ServerMessage> {
  const parsed = parseFrame(data);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  const room = checkRoomMessage(value);
  if (room !== undefined) return finish(parsed, room);
  const signal = checkSignal(value);
  if (signal === undefined || typeof signal === 'string') return finish<ServerMessage>(parsed, signal);
  const from = value['from'];
  return finish(parsed, isPeerId(from) ? { ...signal, from } : 'bad-field');
}

/** The messages tabs exchange over BroadcastChannel (see broadcast.ts and docs/signaling.md). */
export type BroadcastEnvelope =
  | { readonly type: 'hello'; readonly room: string; readonly from: string; readonly since: number }
  | {
      readonly type: 'here';
      readonly room: string;
      readonly from: string;
      readonly to: string;
      readonly since: number;
      /** The sender's role when it already has one, else null. */
      readonly polite: boolean | null;
    }
  | { readonly type: 'full'; readonly room: string; readonly from: string; readonly to: string }
  | { readonly type: 'leave'; readonly room: string; readonly from: string }
  | {
      readonly type: 'signal';
      readonly room: string;
      readonly from: string;
      readonly to: string;
      readonly message: SignalMessage;
    };

function checkEnvelope(value: Record<string, unknown>): Checked<BroadcastEnvelope> | undefined {
  const { type, room, from, to, since, polite } = value;
  if (!['hello', 'here', 'full', 'leave', 'signal'].includes(String(type))) return undefined;
  if (!isRoomId(room) || !isPeerId(from)) return 'bad-field';
  if (type === 'leave') return { type, room, from };
  if (type === 'hello' || type === 'here') {
    if (typeof since !== 'number' || !Number.isFinite(since) || since < 0) return 'bad-field';
    if (type === 'hello') return { type, room, from, since };
  }
  if (!isPeerId(to)) return 'bad-field';
  if (type === 'here') {
    if (polite !== null && typeof polite !== 'boolean') return 'bad-field';
    return { type, room, from, to, since: since as number, polite };
  }
  if (type === 'full') return { type, room, from, to };
  const message = value['message'];
  if (!isRecord(message)) return 'bad-field';
  const signal = checkSignal(message);
  if (signal === undefined) return 'unknown-type';
  return typeof signal === 'string' ? signal : { type: 'signal', room, from, to, message: signal };
}

/** A frame another tab posted on the signaling BroadcastChannel. */
export function validateEnvelopeFrame(data: unknown): Validation<BroadcastEnvelope> {
  const parsed = parseFrame(data);
  if (!parsed.ok) return parsed;
  return finish(parsed, checkEnvelope(parsed.value));
}
