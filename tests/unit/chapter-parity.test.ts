import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proseTags, wiredTags } from '../../src/site/chapter-tags';
import { chapters, publishedChapters } from '../../src/site/chapters';
import { glossary } from '../../src/site/glossary';
import { siteLocales } from '../../src/site/locales';

const root = join(import.meta.dirname, '../../src/content/chapters');

/** One component tag placed in chapter prose, with its props as written. */
interface Placed {
  tag: string;
  props: Record<string, string>;
}

/** Reads the component tags (capitalised JSX) of an MDX file in order; props must be "strings" or {expressions}. */
function placedComponents(mdx: string): Placed[] {
  const placed: Placed[] = [];
  for (const match of mdx.matchAll(/<([A-Z][A-Za-z]*)((?:\s+[a-zA-Z]+(?:=(?:"[^"]*"|\{[^}]*\}))?)*)\s*\/?>/g)) {
    const props: Record<string, string> = {};
    for (const prop of (match[2] ?? '').matchAll(/([a-zA-Z]+)(?:=("[^"]*"|\{[^}]*\}))?/g)) {
      props[prop[1]!] = prop[2] ?? 'true';
    }
    placed.push({ tag: match[1]!, props });
  }
  return placed;
}

const files = (lang: string) => readdirSync(join(root, lang)).filter((f) => f.endsWith('.mdx'));
const read = (lang: string, slug: string) => readFileSync(join(root, lang, `${slug}.mdx`), 'utf8');
const wired = (placed: Placed[]) => placed.filter((p) => (wiredTags as readonly string[]).includes(p.tag));
const predictions = (placed: Placed[]) =>
  placed
    .filter((p) => p.tag === 'Predict')
    .map(({ props: { id, choices, answer, code } }) => ({ id, choices, answer, code }));
const termIds = (placed: Placed[]) => new Set(placed.filter((p) => p.tag === 'Term').map((p) => p.props['id']));

describe('placedComponents', () => {
  it('reads tags and props in order, including multi-line props', () => {
    const mdx =
      'Text <Term id="sdp">SDP</Term>.\n\n<CallStep phase="create-offer" />\n<Predict\n  id="x"\n  choices={[\'a\', \'b\']}\n  answer={1}\n  code\n>';
    expect(placedComponents(mdx)).toEqual([
      { tag: 'Term', props: { id: '"sdp"' } },
      { tag: 'CallStep', props: { phase: '"create-offer"' } },
      { tag: 'Predict', props: { id: '"x"', choices: "{['a', 'b']}", answer: '{1}', code: 'true' } },
    ]);
  });
  it('tells two chapters apart when one island is missing or wired differently', () => {
    const en = wired(placedComponents('<CallStage />\n<CallStep phase="create-offer" />'));
    expect(wired(placedComponents('<CallStage />'))).not.toEqual(en);
    expect(wired(placedComponents('<CallStage />\n<CallStep phase="create-answer" />'))).not.toEqual(en);
  });
});

describe.each(siteLocales)('chapter prose in %s', (lang) => {
  it('exists for every published chapter and for no unknown chapter', () => {
    const slugs = files(lang).map((f) => f.replace(/\.mdx$/, ''));
    expect(slugs.sort()).toEqual(publishedChapters.map((c) => c.slug));
    for (const slug of slugs) expect(chapters.map((c) => c.slug)).toContain(slug);
  });

  it.each(files(lang))('%s imports nothing and uses only the shared components', (file) => {
    const mdx = readFileSync(join(root, lang, file), 'utf8');
    expect(mdx).not.toMatch(/^\s*(import|export)\s/m);
    const allowed: readonly string[] = [...wiredTags, ...proseTags];
    for (const { tag } of placedComponents(mdx)) expect(allowed, `<${tag}> in ${lang}/${file}`).toContain(tag);
  });

  it.each(files(lang))('%s links only to glossary terms that exist', (file) => {
    const ids = new Set(glossary.map((term) => term.id));
    for (const id of termIds(placedComponents(readFileSync(join(root, lang, file), 'utf8')))) {
      expect(ids, `<Term id=${id}> in ${lang}/${file}`).toContain(JSON.parse(id ?? '""'));
    }
  });
});

describe.each(publishedChapters.map((c) => c.slug))('chapter %s', (slug) => {
  const [first, ...others] = siteLocales;
  const base = placedComponents(read(first, slug));

  it.each(others)('places the same islands with the same props in the same order in %s as in English', (lang) => {
    const placed = placedComponents(read(lang, slug));
    expect(wired(placed)).toEqual(wired(base));
    expect(predictions(placed)).toEqual(predictions(base));
    expect(termIds(placed)).toEqual(termIds(base));
  });

  it.each(siteLocales)('has the same number of self-check questions in %s', (lang) => {
    const count = (mdx: string) => (mdx.match(/<details>/g) ?? []).length;
    expect(count(read(lang, slug))).toBe(count(read(first, slug)));
  });
});
