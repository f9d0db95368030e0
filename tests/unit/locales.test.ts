import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n';
import { pageLanguages } from '../../src/site/alternates';
import { chapterPath } from '../../src/site/chapters';
import { glossaryPath } from '../../src/site/glossary-routes';
import {
  localizedPath,
  otherLocales,
  prefersLocale,
  siteLocales,
  splitLocale,
  stripBase,
  toSiteLocale,
} from '../../src/site/locales';

describe('published languages', () => {
  it('are the ones astro.config.mjs routes, each with a dictionary', () => {
    const config = readFileSync(join(import.meta.dirname, '../../astro.config.mjs'), 'utf8');
    const routed = /const locales = \[([^\]]*)\]/
      .exec(config)?.[1]
      ?.match(/'([a-z]+)'/g)
      ?.map((s) => s.slice(1, -1));
    expect(routed).toEqual([...siteLocales]);
    for (const lang of siteLocales) expect(Object.keys(languages)).toContain(lang);
  });
  it('narrow unknown values to English', () => {
    expect(toSiteLocale('ko')).toBe('ko');
    expect(toSiteLocale('fr')).toBe('en');
    expect(toSiteLocale(undefined)).toBe('en');
    expect(otherLocales('en')).toEqual(['ko']);
  });
});

describe('paths', () => {
  it.each([
    ['/', 'en', '/'],
    ['/', 'ko', '/ko/'],
    ['/steps/04-webcam/', 'ko', '/ko/steps/04-webcam/'],
    ['glossary/', 'en', '/glossary/'],
  ] as const)('localizedPath(%s, %s) is %s', (path, lang, expected) => {
    expect(localizedPath(path, lang)).toBe(expected);
  });
  it.each([
    ['/ko/steps/04-webcam/', { lang: 'ko', path: '/steps/04-webcam/' }],
    ['/ko/', { lang: 'ko', path: '/' }],
    ['/ko', { lang: 'ko', path: '/' }],
    ['/steps/04-webcam/', { lang: 'en', path: '/steps/04-webcam/' }],
    ['/kobold/', { lang: 'en', path: '/kobold/' }],
    ['/fr/steps/', { lang: 'en', path: '/fr/steps/' }],
  ] as const)('splitLocale(%s)', (path, expected) => {
    expect(splitLocale(path)).toEqual(expected);
  });
  it('strips the base path only where it is a whole leading segment', () => {
    expect(stripBase('/webrtc-tutorial/ko/', '/webrtc-tutorial/')).toBe('/ko/');
    expect(stripBase('/webrtc-tutorial-2/ko/', '/webrtc-tutorial/')).toBe('/webrtc-tutorial-2/ko/');
    expect(stripBase('/ko/', '/')).toBe('/ko/');
  });
  it('builds chapter and glossary paths per language', () => {
    expect(chapterPath({ slug: '05-peer-connection' }, 'ko')).toBe('/ko/steps/05-peer-connection/');
    expect(chapterPath({ slug: '05-peer-connection' })).toBe('/steps/05-peer-connection/');
    expect(glossaryPath('ko')).toBe('/ko/glossary/');
  });
});

describe('pageLanguages', () => {
  it('gives an English page under a sub-path its Korean twin, absolute alternates and an x-default', () => {
    const page = pageLanguages('/sub/steps/02-overview/', '/sub/', 'https://example.org');
    expect(page.lang).toBe('en');
    expect(page.alternates).toEqual([
      { lang: 'en', href: 'https://example.org/sub/steps/02-overview/' },
      { lang: 'ko', href: 'https://example.org/sub/ko/steps/02-overview/' },
    ]);
    expect(page.xDefault).toBe('https://example.org/sub/steps/02-overview/');
    expect(page.switches).toEqual([{ lang: 'ko', href: '/sub/ko/steps/02-overview/' }]);
  });
  it('switches a Korean page back to the same English page', () => {
    const page = pageLanguages('/ko/glossary/', '/', 'http://127.0.0.1:4321');
    expect(page.lang).toBe('ko');
    expect(page.switches).toEqual([{ lang: 'en', href: '/glossary/' }]);
  });
});

describe('prefersLocale', () => {
  it.each([
    [['ko-KR', 'ko', 'en-US', 'en'], true],
    [['ja-JP', 'ko-KR', 'en'], true],
    [['en-US', 'ko-KR'], false],
    [['EN-gb'], false],
    [['fr-FR', 'de'], false],
    [[], false],
  ])('%j prefers Korean: %s', (languages, expected) => {
    expect(prefersLocale(languages, 'ko')).toBe(expected);
  });
});
