import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notProse } from '../../plugins/pagefind-index.mjs';

describe('what search leaves out of a chapter', () => {
  const site = mkdtempSync(join(tmpdir(), 'pagefind-exclusions-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(join(site, 'steps/09-photo'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<main><progress-panel data-x><p>done</p></progress-panel></main>');
  writeFileSync(
    join(site, 'steps/09-photo/index.html'),
    '<article data-pagefind-body><photo-lab>\n<button>Snap</button></photo-lab><call-step><details></details></call-step>',
  );

  it('leaves out every island found in the output, a later chapter’s too, without naming it anywhere', async () => {
    const selectors = await notProse(site);
    expect(selectors).toContain('photo-lab');
    expect(selectors).toContain('progress-panel');
  });

  it('keeps the code a step box shows, and drops the contents and previous/next navigation', async () => {
    const selectors = await notProse(site);
    expect(selectors).not.toContain('call-step');
    expect(selectors).toEqual(expect.arrayContaining(['call-step > :not(details)', '.toc', '.prev-next']));
  });
});
