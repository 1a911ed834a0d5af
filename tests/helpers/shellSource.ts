import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const SHELL_DIR = path.resolve('electron');

/** Every TypeScript file of the shell, parsed (syntax only: these tests read what the code says). */
export function shellSources(dir = SHELL_DIR): { file: string; source: ts.SourceFile }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => {
      const file = path.join(dir, name);
      return { file, source: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true) };
    });
}

export function findNodes<T extends ts.Node>(root: ts.Node, match: (node: ts.Node) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node) => {
    if (match(node)) found.push(node);
    node.forEachChild(visit);
  };
  visit(root);
  return found;
}

/** The literal properties of an object literal, as source text: `{ sandbox: true }` → { sandbox: 'true' }. */
export function literalProperties(node: ts.ObjectLiteralExpression): Record<string, string> {
  const out: Record<string, string> = {};
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property)) out[property.name.getText()] = property.initializer.getText();
    if (ts.isShorthandPropertyAssignment(property)) out[property.name.getText()] = property.name.getText();
    if (ts.isSpreadAssignment(property)) out['...'] = property.expression.getText();
  }
  return out;
}

/** The `webPreferences` of every `new BrowserWindow({...})` in the shell, by file. */
export function browserWindowPreferences(): { file: string; preferences: Record<string, string> | undefined }[] {
  return shellSources().flatMap(({ file, source }) =>
    findNodes(source, (n): n is ts.NewExpression => ts.isNewExpression(n) && n.expression.getText() === 'BrowserWindow').map((call) => {
      const options = call.arguments?.[0];
      const prefs = options && ts.isObjectLiteralExpression(options)
        ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'webPreferences')
        : undefined;
      return { file, preferences: prefs && ts.isObjectLiteralExpression(prefs.initializer) ? literalProperties(prefs.initializer) : undefined };
    }),
  );
}

/** Module specifiers a file imports at run time (type-only imports are erased and left out). */
export function runtimeImports(source: ts.SourceFile): string[] {
  return source.statements
    .filter(ts.isImportDeclaration)
    .filter((d) => !d.importClause?.isTypeOnly)
    .map((d) => (d.moduleSpecifier as ts.StringLiteral).text);
}
