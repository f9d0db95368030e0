import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro's `security.csp` hashes `<script>` and `<style>` elements but not `style="…"` attributes, and Shiki writes
 * its two-theme colours as such attributes (`--shiki-light:#…;--shiki-dark:#…`). After the build, this hashes every
 * distinct style attribute of each page into that page's policy as `style-src-attr 'unsafe-hashes' 'sha256-…'`:
 * exactly those values may style an element, nothing else (no `'unsafe-inline'`).
 * @returns {import('astro').AstroIntegration}
 */
export default function cspStyleAttributes() {
  return {
    name: 'csp-style-attributes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const next = withStyleAttributeHashes(html);
          if (next !== html) await writeFile(file, next);
        }
      },
    },
  };
}

/** Adds the hashes of a page's style attributes to its CSP meta element; a page without either is left alone. */
export function withStyleAttributeHashes(html) {
  const values = new Set();
  for (const match of html.matchAll(/\sstyle="([^"]*)"/g)) values.add(decodeEntities(match[1] ?? ''));
  if (values.size === 0) return html;
  const hashes = [...values].map((v) => `'sha256-${createHash('sha256').update(v).digest('base64')}'`);
  const directive = `style-src-attr 'unsafe-hashes' ${hashes.join(' ')};`;
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i,
    (_, open, policy, close) => `${open}${policy.trim()} ${directive}${close}`,
  );
}

// The browser hashes the attribute's value after HTML parsing, so entities must be decoded first.
function decodeEntities(value) {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
