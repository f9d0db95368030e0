import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules, written as a test so they stay true (docs/architecture.md explains them):
 * - `src/lib` knows WebRTC and nothing of the site: it never imports components, i18n, site, pages or Astro.
 * - Inside `src/lib`, each folder may import only the folders below it in this table; sibling calls never import
 *   each other; `inspect` reads calls only through `calls/catalog.ts` (their phase ids), never their code.
 */
const lib = resolve('src/lib');

/** Folder (or file) -> what it may import, as paths relative to src/lib (a folder allows every file in it). */
const allowed: Readonly<Record<string, readonly string[]>> = {
  call: ['call'],
  runner: ['call', 'runner'],
  signaling: ['call', 'signaling'],
  media: ['media'],
  inspect: ['call', 'inspect', 'calls/catalog.ts', 'calls/*/ids.ts'],
  loopback: ['call', 'runner', 'signaling', 'media', 'loopback'],
  'calls/catalog.ts': ['calls/*/ids.ts'],
  channel: ['call', 'channel'],
  transfer: ['call', 'transfer'],
  'calls/*': ['call', 'runner', 'signaling', 'loopback', 'media', 'channel', 'calls/<own>'],
  progress: ['progress'],
  'capabilities.ts': [],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mts)$/.test(name) ? [path] : [];
  });
}

/** Every relative or aliased module a file imports (static, dynamic and type imports, re-exports). */
export function importsOf(source: string): string[] {
  const found = source.matchAll(/(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g);
  return [...found].map((m) => m[1] ?? m[2] ?? '');
}

/** The rule key that governs a file under src/lib. */
function ruleFor(path: string): string {
  const rel = relative(lib, path);
  if (rel === 'calls/catalog.ts') return rel;
  if (rel.startsWith('calls/')) return 'calls/*';
  const top = rel.split('/')[0] ?? rel;
  return top.endsWith('.ts') ? top : top;
}

function permitted(fromFile: string, target: string): boolean {
  const rule = ruleFor(fromFile);
  const rel = relative(lib, target);
  const own = relative(lib, fromFile).split('/').slice(0, 2).join('/');
  return (allowed[rule] ?? []).some((entry) => {
    const pattern = entry.replace('calls/<own>', own);
    if (pattern.includes('*')) {
      const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
      return re.test(rel);
    }
    return rel === pattern || rel.startsWith(`${pattern}/`) || rel === `${pattern}.ts`;
  });
}

/** Every import in src/lib that breaks a rule, as `file -> module`. */
export function violations(): string[] {
  const broken: string[] = [];
  for (const file of files(lib)) {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const name = relative(process.cwd(), file);
      if (spec.startsWith('astro') || spec.startsWith('astro:')) {
        broken.push(`${name} -> ${spec}`);
        continue;
      }
      if (!spec.startsWith('.')) continue; // packages (sdp, webrtc-adapter) are allowed
      const target = resolve(dirname(file), spec).replace(/\.ts$/, '') + '.ts';
      if (!target.startsWith(`${lib}/`)) broken.push(`${name} -> ${spec} (outside src/lib)`);
      else if (!permitted(file, target)) broken.push(`${name} -> ${spec}`);
    }
  }
  return broken;
}

describe('architecture', () => {
  it('finds the imports of every kind', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "const d = await import('./d');",
      "import {\n  e,\n  f,\n} from '../../e';",
    ].join('\n');
    expect(importsOf(source)).toEqual(
      ['./a', '../b', './c', '../../e', './d'].sort((x, y) => source.indexOf(x) - source.indexOf(y)),
    );
  });

  it('src/lib imports nothing of the site, and each lib folder only the folders below it', () => {
    expect(violations()).toEqual([]);
  });

  it('sees every lib folder in its table, so a new folder gets a rule', () => {
    const folders = readdirSync(lib).filter((name) => statSync(join(lib, name)).isDirectory());
    for (const folder of folders) {
      const known = Object.keys(allowed).some((key) => key === folder || key.startsWith(`${folder}/`));
      expect(known, `src/lib/${folder} has no rule in tests/unit/architecture.test.ts`).toBe(true);
    }
  });
});
