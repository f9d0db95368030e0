import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withStyleAttributeHashes } from '../../plugins/csp-style-attributes.mjs';

const hash = (value: string) => `'sha256-${createHash('sha256').update(value).digest('base64')}'`;
const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; style-src 'self';">`;

describe('style attribute hashes', () => {
  it('adds each distinct style attribute once, hashed as the browser parses it', () => {
    const html = `${meta}<span style="--shiki-light:#000;--shiki-dark:#fff"></span><b style="a:&quot;x&quot;"></b>
      <span style="--shiki-light:#000;--shiki-dark:#fff"></span>`;
    const policy = /content="([^"]*)"/.exec(withStyleAttributeHashes(html))?.[1] ?? '';
    expect(policy).toBe(
      `default-src 'self'; style-src 'self'; style-src-attr 'unsafe-hashes' ${hash('--shiki-light:#000;--shiki-dark:#fff')} ${hash('a:"x"')};`,
    );
  });

  it('leaves a page without style attributes untouched', () => {
    expect(withStyleAttributeHashes(`${meta}<p>text</p>`)).toBe(`${meta}<p>text</p>`);
  });
});
