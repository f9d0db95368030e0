import { makeTranslator, type Translate } from '../i18n/translator';

/** Reads the strings a page embedded with `<ClientStrings name=...>` and returns a translator like the build's. */
export function clientStrings(name: string, doc: Document = document): Translate {
  const element = doc.querySelector(`script[data-strings="${name}"]`);
  const dict = JSON.parse(element?.textContent ?? '{}') as Readonly<Record<string, string>>;
  return makeTranslator((key) => dict[key]);
}
