/**
 * Build step: copies the non-TypeScript files the compiled code reads at run time
 * (forkscope's Python standard library) next to it in dist/, and compiles each stdlib
 * module beside it (`<file>.code.json`, src/python/compile/marshal.ts), so that
 * programs neither parse nor compile the stdlib at every start.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const pairs = [['src/python/stdlib', 'dist/python/stdlib']];
for (const [from, to] of pairs) {
  if (!existsSync(from)) continue;
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}

const { compilePython } = await import('../dist/python/compile/index.js');
const { marshalCode } = await import('../dist/python/compile/marshal.js');
const root = 'dist/python/stdlib';
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
for (const file of walk(root).filter((f) => f.endsWith('.py'))) {
  const source = readFileSync(file, 'utf8');
  // The importer names a stdlib module by its path below the stdlib folder.
  writeFileSync(`${file}.code.json`, marshalCode(source, compilePython(source, relative(root, file).split('\\').join('/'))));
}
