import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n';
import { chapters } from '../../src/site/chapters';
import { chapterSlugs } from '../../src/site/chapter-slugs';
import { findTerm, glossary } from '../../src/site/glossary';

const langs = Object.keys(languages) as (keyof typeof languages)[];
const hangul = /[\uac00-\ud7a3]/;

describe('glossary', () => {
  it('holds 25 to 40 terms with unique, anchor-safe ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(25);
    expect(glossary.length).toBeLessThanOrEqual(40);
    const ids = glossary.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(langs)('gives every term a name and a one-line meaning in %s', (lang) => {
    for (const term of glossary) {
      const text = term[lang];
      expect(text.name.trim(), `${term.id} name`).not.toBe('');
      expect(text.meaning.trim(), `${term.id} meaning`).not.toBe('');
      expect(text.meaning, `${term.id} meaning is one line`).not.toMatch(/\n/);
      expect(text.meaning.length, `${term.id} meaning is short`).toBeLessThanOrEqual(140);
    }
  });

  it('writes each Korean meaning in Korean, not as a copy of the English', () => {
    for (const term of glossary) {
      expect(term.ko.meaning, term.id).toMatch(hangul);
      expect(term.ko.meaning, term.id).not.toBe(term.en.meaning);
    }
  });

  it('names only chapters the site has', () => {
    const known = new Set<string>(chapters.map((c) => c.slug));
    for (const term of glossary) expect(known.has(term.chapter), `${term.id}: ${term.chapter}`).toBe(true);
  });

  it('lists terms in the order their chapters introduce them', () => {
    const order = glossary.map((term) => chapterSlugs.indexOf(term.chapter));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('finds a term by id and nothing for an unknown id', () => {
    expect(findTerm('ice-candidate')?.ko.name).toBe('ICE 후보(ICE candidate)');
    expect(findTerm('no-such-term')).toBeUndefined();
  });
});
