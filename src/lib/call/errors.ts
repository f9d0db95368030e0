import type { ErrorInfo } from './types';

/** Any thrown value as plain data: a DOMException keeps its name (InvalidStateError...) and the browser's message. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (
    error instanceof Error ||
    (typeof error === 'object' && error !== null && 'name' in error && 'message' in error)
  ) {
    const { name, message } = error as { name: unknown; message: unknown };
    return { name: String(name), message: String(message) };
  }
  return { name: 'Error', message: String(error) };
}
