import type { MessageKey, Translate } from '../i18n';

/** Reads the strings a page embedded with `<ClientStrings name=...>` and returns a translator like the build's. */
export function clientStrings(name: string, doc: Document = document): Translate {
  const element = doc.querySelector(`script[data-strings="${name}"]`);
  const dict = JSON.parse(element?.textContent ?? '{}') as Partial<Record<MessageKey, string>>;
  return (key, params = {}) =>
    (dict[key] ?? key).replace(/\{(\w+)\}/g, (whole, param: string) =>
      param in params ? String(params[param]) : whole,
    );
}
