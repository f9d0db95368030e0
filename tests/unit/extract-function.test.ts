import { describe, expect, it } from 'vitest';
import { extractFunction } from '../../src/site/extract-function';

const source = `import { x } from './x';

/** Says hello. */
export async function hello(name: string): Promise<string> {
  const braces = '}{';
  return \`hi \${name} \${braces}\`;
}

// a comment that is not a doc comment
export function plain() {
  return 1;
}

/** A constant arrow. */
export const arrow = (n: number) => n + 1;
`;

describe('extractFunction', () => {
  it('returns the function with its doc comment, braces inside strings and all', () => {
    expect(extractFunction(source, 'hello')).toBe(`/** Says hello. */
export async function hello(name: string): Promise<string> {
  const braces = '}{';
  return \`hi \${name} \${braces}\`;
}`);
  });
  it('leaves ordinary comments before a function out', () => {
    expect(extractFunction(source, 'plain')).toBe('export function plain() {\n  return 1;\n}');
  });
  it('finds exported constants', () => {
    expect(extractFunction(source, 'arrow')).toBe(
      '/** A constant arrow. */\nexport const arrow = (n: number) => n + 1;',
    );
  });
  it('fails loudly for a name that is not there', () => {
    expect(() => extractFunction(source, 'missing')).toThrow(/no top-level function or const named "missing"/);
  });
});
