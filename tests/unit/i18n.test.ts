import { describe, expect, it } from 'vitest';
import { toLang, useTranslations } from '../../src/i18n';

describe('useTranslations', () => {
  const t = useTranslations('en');
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('nav.chapterN', { n: 5 })).toBe('Chapter 5');
    expect(t('nav.chapterN')).toBe('Chapter {n}');
  });
  it('speaks Korean with the same placeholders', () => {
    expect(useTranslations('ko')('nav.chapterN', { n: 5 })).toBe('5장');
  });
  it('falls back to English for a language it does not know', () => {
    expect(toLang('xx')).toBe('en');
    expect(toLang(undefined)).toBe('en');
    expect(toLang('en')).toBe('en');
    expect(toLang('ko')).toBe('ko');
  });
});
