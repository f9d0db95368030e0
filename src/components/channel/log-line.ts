import type { Translate } from '../../i18n/translator';
import type { LogEntry } from '../../lib/calls/data-loopback/channels';

/** One line of a message log: time, direction, type, size and the content or its first bytes in hex. */
export function logLine(t: Translate, entry: LogEntry): string {
  const time = `${(entry.at / 1000).toFixed(3)}s`;
  const more = entry.more > 0 ? t(`channel.log.more.${entry.kind}`, { n: entry.more }) : '';
  return t(`channel.log.${entry.direction}.${entry.kind}`, { time, size: entry.size, preview: entry.preview, more });
}
