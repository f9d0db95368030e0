import { describe, expect, it } from 'vitest';
import { defaultLang, languages } from '../../src/i18n';

type Strings = Readonly<Record<string, string>>;

/**
 * Values a translation may leave exactly as in English, because they hold only code the browser prints, units or
 * layout, never words: a translated copy would be wrong, not more Korean.
 */
const sameAsEnglish: ReadonlySet<string> = new Set([
  'media.resolution.preset', // `{width} × {height}`: numbers and a multiplication sign
  'call.quick.setupValue', // `{ms} ms`: a number and the SI unit
  'inspect.ms', // `{value} ms`
  'inspect.cand.since', // `+{ms} ms`
  'inspect.stats.kbps', // `{value} kbit/s`
  'inspect.stats.mbps', // `{value} Mbit/s`
  'inspect.stats.direction', // `{from} → {to}`: two peer names and an arrow
  'inspect.cand.col.mid', // `sdpMid`: the RTCIceCandidate property the column shows
]);

const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const hangul = /[\uac00-\ud7a3]/;

/** Every way `other` falls short of `base`: one readable line per problem, so a failure names the key to fix. */
function parityProblems(base: Strings, other: Strings, allowSame: ReadonlySet<string>, script: RegExp): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(base)) if (!(key in other)) problems.push(`missing: ${key}`);
  for (const key of Object.keys(other)) if (!(key in base)) problems.push(`not in English: ${key}`);
  for (const [key, value] of Object.entries(other)) {
    const english = base[key];
    if (english === undefined) continue;
    if (value.trim() === '') problems.push(`empty: ${key}`);
    const want = placeholders(english).join(' ');
    const got = placeholders(value).join(' ');
    if (want !== got) problems.push(`placeholders of ${key}: English has [${want}], translation has [${got}]`);
    if (allowSame.has(key)) continue;
    if (value === english) problems.push(`untranslated: ${key}`);
    else if (!script.test(value)) problems.push(`no text in the language's script: ${key}`);
  }
  return problems;
}

const english: Strings = languages[defaultLang];

describe('the Korean dictionary against the English one', () => {
  it('has the same keys, the same placeholders per key, and every word translated', () => {
    expect(parityProblems(english, languages.ko, sameAsEnglish, hangul)).toEqual([]);
  });

  it('never puts a particle that depends on the final consonant right after a placeholder', () => {
    // 은/는, 이/가, 을/를, 과/와, (으)로 change with the sound a value ends in, which the dictionary cannot know; a particle
    // after a parenthesis belongs to the word before it, so `주소({address})는` is fine.
    const particle = /\{\w+\}[”"’]?(은|는|이|가|을|를|과|와|으로|로)(?=[\s,.:;]|$)/;
    const offenders = Object.entries(languages.ko).filter(([, value]) => particle.test(value));
    expect(offenders).toEqual([]);
    expect(particle.test('{peer}는 보냅니다.'), 'the check itself must catch a bare particle').toBe(true);
  });

  it('keeps the allowlist honest: each entry exists and really is identical in both languages', () => {
    for (const key of sameAsEnglish) {
      expect(english[key], key).toBeDefined();
      expect(languages.ko[key as keyof typeof languages.ko], key).toBe(english[key]);
    }
  });
});

describe('the parity check itself', () => {
  const base = { a: 'Hello {name}', b: 'Bye', c: '{n} ms' };
  const good = { a: '안녕하세요, {name}', b: '잘 가요', c: '{n} ms' };
  const allow = new Set(['c']);

  it('passes a complete translation', () => {
    expect(parityProblems(base, good, allow, hangul)).toEqual([]);
  });

  it.each([
    ['a missing key', { a: good.a, c: good.c }, 'missing: b'],
    ['an extra key', { ...good, d: '더' }, 'not in English: d'],
    ['a lost placeholder', { ...good, a: '안녕하세요' }, 'placeholders of a: English has [{name}], translation has []'],
    [
      'a renamed placeholder',
      { ...good, a: '안녕하세요, {nom}' },
      'placeholders of a: English has [{name}], translation has [{nom}]',
    ],
    ['an English copy', { ...good, b: 'Bye' }, 'untranslated: b'],
    ['English words left in', { ...good, b: 'Goodbye' }, "no text in the language's script: b"],
    ['an empty value', { ...good, b: ' ' }, 'empty: b'],
  ])('fails on %s', (_what, broken: Strings, problem) => {
    expect(parityProblems(base, broken, allow, hangul)).toContain(problem);
  });
});
