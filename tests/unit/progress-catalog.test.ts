import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterMilestones } from '../../src/lib/progress/catalog';
import { publishedChapters } from '../../src/site/chapters';

const repo = join(import.meta.dirname, '../..');

/** Every `reachMilestone('<chapter>', '<name>')` call in the islands' source, as `<chapter>/<name>`. */
function reportedMilestones(): Set<string> {
  const found = new Set<string>();
  const files = readdirSync(join(repo, 'src/components'), { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((f) => f.endsWith('.ts'))) {
    // Comments may show the call as an example; only code counts.
    const source = readFileSync(join(repo, 'src/components', file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const [, chapter, name] of source.matchAll(/reachMilestone\(\s*'([^']+)',\s*'([^']+)'/g)) {
      found.add(`${chapter}/${name}`);
    }
  }
  return found;
}

/** Whether a chapter's English prose has a self-check: `<details>` at the top level of the MDX. */
const hasSelfCheck = (slug: string) =>
  /^<details>/m.test(readFileSync(join(repo, 'src/content/chapters/en', `${slug}.mdx`), 'utf8'));

describe('the milestone catalog', () => {
  const reported = reportedMilestones();

  describe.each(publishedChapters.map((c) => [c.slug]))('%s', (slug) => {
    const names = chapterMilestones[slug];

    it('is registered, so its progress can be shown', () => {
      expect(names, `add '${slug}': [...] to src/lib/progress/catalog.ts`).toBeDefined();
    });

    it('lists self-check exactly when the chapter has one', () => {
      expect(names?.includes('self-check')).toBe(hasSelfCheck(slug));
    });

    it('has every other milestone reported by an island, so the chapter can be done', () => {
      for (const name of names?.filter((n) => n !== 'self-check') ?? []) {
        expect(reported, `reachMilestone('${slug}', '${name}') is called nowhere`).toContain(`${slug}/${name}`);
      }
    });
  });

  it('holds no chapter that is not published', () => {
    const published = new Set<string>(publishedChapters.map((c) => c.slug));
    expect(Object.keys(chapterMilestones).filter((slug) => !published.has(slug))).toEqual([]);
  });

  it('is what the islands report: every reported milestone is listed', () => {
    for (const id of reported) {
      const [chapter = '', name = ''] = id.split('/');
      expect(chapterMilestones[chapter], id).toContain(name);
    }
  });
});
