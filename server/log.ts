/**
 * Structured logging: one JSON object per line and per event. Entries carry ids, codes, counts and sizes, never a
 * message's contents; room ids are logged as a short hash, since knowing a room id is enough to join the room.
 */
import { createHash } from 'node:crypto';

/** One log entry: the event name and plain fields. */
export type LogEntry = { readonly event: string } & Readonly<Record<string, string | number | boolean | undefined>>;

/** Where entries go; the server adds the time. */
export type LogSink = (entry: LogEntry & { readonly time: string }) => void;

/** Writes each entry as one JSON line on stdout. */
export const stdoutSink: LogSink = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

/** Drops every entry (benchmarks). */
export const silentSink: LogSink = () => undefined;

/** The first 12 hex digits of the room id's SHA-256: enough to follow a room through the log, useless to join it. */
export function roomTag(room: string): string {
  return createHash('sha256').update(room).digest('hex').slice(0, 12);
}
