import ts from 'typescript';

/**
 * Returns the source text of one top-level function (or const) of a TypeScript file, with its doc comment,
 * so a page can show exactly the code its button runs. Throws when the name is missing, which fails the build
 * rather than showing stale code.
 */
export function extractFunction(source: string, name: string): string {
  const file = ts.createSourceFile('source.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  for (const statement of file.statements) {
    if (declares(statement, name)) {
      const docs = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc);
      const start = docs[0]?.getStart(file) ?? statement.getStart(file);
      return source.slice(start, statement.getEnd());
    }
  }
  throw new Error(`extractFunction: no top-level function or const named "${name}"`);
}

function declares(statement: ts.Statement, name: string): boolean {
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) return statement.name?.text === name;
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
  }
  return false;
}
