/**
 * The signaling log as data: one entry per message a transport sent, received or rejected, with its direction,
 * type and size. The page renders entries; it never inspects transport events itself.
 */
import type { ManualCode } from './manual.ts';
import type { TransportEvent } from './types';

/** One line of the log. `type` is the message's type, or `rejected` for a message that failed validation. */
export interface LogEntry {
  readonly direction: 'in' | 'out';
  readonly type: string;
  /** Bytes of the frame as it travelled; 0 when the carrier derived the message rather than receiving one. */
  readonly size: number;
  /** Milliseconds, from the clock the caller passed. */
  readonly at: number;
  /** A detail worth showing: a description's type, an error's code, a role. */
  readonly detail: string | null;
  /** Why a message was rejected. */
  readonly code: ManualCode | null;
}

/** The log entry of a transport event, or undefined for events that are not messages (state changes). */
export function logEntryOf(event: TransportEvent, at: number): LogEntry | undefined {
  const entry = (direction: 'in' | 'out', type: string, size: number, detail: string | null = null): LogEntry => ({
    direction,
    type,
    size,
    at,
    detail,
    code: null,
  });
  switch (event.type) {
    case 'signal':
    case 'sent': {
      const direction = event.type === 'sent' ? 'out' : 'in';
      const message = event.message;
      if (message.type === 'description') return entry(direction, message.type, event.size, message.description.type);
      if (message.type === 'candidate') {
        return entry(direction, message.type, event.size, message.candidate === null ? 'end' : null);
      }
      return entry(direction, message.type, event.size);
    }
    case 'room': {
      const message = event.message;
      if (message.type === 'joined') {
        return entry('in', message.type, event.size, message.polite ? 'polite' : 'impolite');
      }
      return entry('in', message.type, event.size, message.type === 'error' ? message.code : null);
    }
    case 'rejected':
      return { direction: 'in', type: 'rejected', size: event.size, at, detail: null, code: event.code };
    case 'state':
      return undefined;
  }
}
