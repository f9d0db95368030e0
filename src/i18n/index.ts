import { en, type MessageKey } from './en';
import { ko } from './ko';
import { makeTranslator, type Translate } from './translator';

/** A language's full set of UI strings: every key English has, no more. */
export type Dictionary = Readonly<Record<MessageKey, string>>;

/** The languages the UI speaks; the first is the default and lives at the site root. */
export const languages = { en, ko } as const satisfies Record<string, Dictionary>;

export type Lang = keyof typeof languages;
export const defaultLang: Lang = 'en';
export type { MessageKey };

/** Narrows any string (an `<html lang>`, a URL segment) to a known language, falling back to the default. */
export function toLang(value: string | undefined): Lang {
  return value !== undefined && value in languages ? (value as Lang) : defaultLang;
}

/** Returns a translator for one language; `{name}` placeholders are filled from `params`. */
export function useTranslations(lang: Lang): Translate {
  const dict: Readonly<Record<string, string>> = languages[lang];
  return makeTranslator((key) => dict[key]);
}

export type { Translate, CodeFamily } from './translator';
