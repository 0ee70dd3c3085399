/**
 * Build step: copies the non-TypeScript files the compiled code reads at run time
 * (forkscope's Python standard library) next to it in dist/, and caches the parsed
 * AST of each stdlib module beside it (`<file>.ast.json`), so that programs do not
 * re-parse the stdlib at every start.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const pairs = [['src/python/stdlib', 'dist/python/stdlib']];
for (const [from, to] of pairs) {
  if (!existsSync(from)) continue;
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}

const { parseModule } = await import('../dist/python/parse/parse.js');
const { astToJson } = await import('../dist/python/parse/astjson.js');
const root = 'dist/python/stdlib';
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
for (const file of walk(root).filter((f) => f.endsWith('.py'))) {
  const source = readFileSync(file, 'utf8');
  // The importer names a stdlib module by its path below the stdlib folder.
  writeFileSync(`${file}.ast.json`, astToJson(source, parseModule(source, relative(root, file))));
}
