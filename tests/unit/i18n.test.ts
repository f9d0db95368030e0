import { describe, expect, it } from 'vitest';
import { languages, toLang, useTranslations } from '../../src/i18n';
import { en } from '../../src/i18n/en';

describe('dictionaries', () => {
  it.each(Object.entries(languages))('%s has every key English has, none empty', (_lang, dict) => {
    expect(Object.keys(dict).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
  });
});

describe('useTranslations', () => {
  const t = useTranslations('en');
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nav.chapterN', { n: 5 })).toBe('Chapter 5');
    expect(t('nav.chapterN')).toBe('Chapter {n}');
  });
  it('falls back to English for a language it does not know', () => {
    expect(toLang('xx')).toBe('en');
    expect(toLang(undefined)).toBe('en');
    expect(toLang('en')).toBe('en');
  });
});
