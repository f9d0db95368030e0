import type { Translate } from '../../i18n';
import type { LogEntry } from '../../lib/signaling/message-log';

/** The most entries the log keeps; older ones are dropped so a long session never grows the page without bound. */
const maxEntries = 300;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A clock time with milliseconds, the same in every language: 14:03:07.215. */
function clock(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** Renders signaling log entries into a list, one `<li>` per message, newest last. */
export class LogView {
  readonly #list: HTMLOListElement;
  readonly #empty: HTMLElement | null;
  readonly #t: Translate;

  constructor(list: HTMLOListElement, empty: HTMLElement | null, t: Translate) {
    this.#list = list;
    this.#empty = empty;
    this.#t = t;
  }

  /** Appends one entry. */
  add(entry: LogEntry): void {
    const t = this.#t;
    const item = document.createElement('li');
    item.dataset['direction'] = entry.direction;
    item.dataset['type'] = entry.type;
    if (entry.code) item.dataset['code'] = entry.code;
    const part = (className: string, text: string, tag = 'span'): void => {
      const el = document.createElement(tag);
      el.className = className;
      el.textContent = text;
      item.append(el);
    };
    part('log-time', clock(entry.at));
    part('log-direction', `${entry.direction === 'out' ? '↑' : '↓'} ${t(`signal.log.${entry.direction}`)}`);
    part('log-type', entry.type, 'code');
    const detail = entry.code
      ? t('signal.log.rejected', { code: `${entry.code} (${t(`signal.reject.${entry.code}`)})` })
      : (entry.detail ?? '');
    part('log-detail', detail);
    part('log-size', entry.size > 0 ? t('signal.log.bytes', { size: entry.size }) : t('signal.log.derived'));
    this.#list.append(item);
    while (this.#list.children.length > maxEntries) this.#list.firstElementChild?.remove();
    if (this.#empty) this.#empty.hidden = true;
  }

  /** Empties the log. */
  clear(): void {
    this.#list.replaceChildren();
    if (this.#empty) this.#empty.hidden = false;
  }
}
