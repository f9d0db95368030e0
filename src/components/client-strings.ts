import type { MessageKey, Translate } from '../i18n';
import { fillPlaceholders } from '../i18n/format';

/** Reads the strings a page embedded with `<ClientStrings name=...>` and returns a translator like the build's. */
export function clientStrings(name: string, doc: Document = document): Translate {
  const element = doc.querySelector(`script[data-strings="${name}"]`);
  const dict = JSON.parse(element?.textContent ?? '{}') as Partial<Record<MessageKey, string>>;
  return (key, params = {}) => fillPlaceholders(dict[key] ?? key, params);
}
