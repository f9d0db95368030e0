/** Why a local stream could not be had, as a code the page turns into a sentence for the reader. */
export type MediaErrorCode =
  | 'insecure-context'
  | 'permission-denied'
  | 'not-found'
  | 'not-readable'
  | 'overconstrained'
  | 'aborted'
  | 'invalid-constraints'
  | 'security'
  | 'unknown';

/** Every code, in the order the chapter explains them. */
export const mediaErrorCodes: readonly MediaErrorCode[] = [
  'insecure-context',
  'permission-denied',
  'not-found',
  'not-readable',
  'overconstrained',
  'aborted',
  'invalid-constraints',
  'security',
  'unknown',
];

/** A failed attempt to get a local stream: the code, and what the browser said, kept verbatim. */
export class MediaFailure extends Error {
  readonly code: MediaErrorCode;
  /** The browser's error name, e.g. `NotAllowedError`. */
  readonly errorName: string;
  /** The browser's own message, often empty (Chrome's OverconstrainedError has none). */
  readonly errorMessage: string;
  /** For `overconstrained`: the constraint the browser could not meet, e.g. `width` or `deviceId`. */
  readonly constraint?: string;

  constructor(code: MediaErrorCode, errorName: string, errorMessage: string, constraint?: string) {
    super(`${code}: ${errorName}${errorMessage ? `: ${errorMessage}` : ''}${constraint ? ` (${constraint})` : ''}`);
    this.name = 'MediaFailure';
    this.code = code;
    this.errorName = errorName;
    this.errorMessage = errorMessage;
    if (constraint !== undefined) this.constraint = constraint;
  }
}

/** Maps anything getUserMedia can reject with to a MediaFailure; unknown errors keep their name and message. */
export function toMediaFailure(error: unknown): MediaFailure {
  if (error instanceof MediaFailure) return error;
  const { name, message, constraint } = readError(error);
  switch (name) {
    case 'NotAllowedError':
      return new MediaFailure('permission-denied', name, message);
    case 'NotFoundError':
      return new MediaFailure('not-found', name, message);
    case 'NotReadableError':
      return new MediaFailure('not-readable', name, message);
    case 'OverconstrainedError':
      return new MediaFailure('overconstrained', name, message, constraint);
    case 'AbortError':
      return new MediaFailure('aborted', name, message);
    case 'TypeError':
      return new MediaFailure('invalid-constraints', name, message);
    case 'SecurityError':
      return new MediaFailure('security', name, message);
    default:
      return new MediaFailure('unknown', name, message);
  }
}

/** The failure for a page where `navigator.mediaDevices` does not exist (plain http off localhost). */
export function insecureContextFailure(): MediaFailure {
  return new MediaFailure('insecure-context', 'TypeError', 'navigator.mediaDevices is undefined');
}

function readError(error: unknown): { name: string; message: string; constraint?: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message, constraint } = error as { name?: unknown; message?: unknown; constraint?: unknown };
    const read = { name: typeof name === 'string' && name ? name : 'Error', message: text(message) };
    return typeof constraint === 'string' && constraint ? { ...read, constraint } : read;
  }
  // Something that is not an error object was thrown; show it rather than swallow it.
  return { name: 'Error', message: text(error) };
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}
