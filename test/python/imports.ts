/**
 * The import graph of src/python, read from the sources: for the layering test
 * and for checking what a module pulls in (static ESM imports are all there is:
 * src/python has no dynamic `import()` of code).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const PYTHON_SRC = resolve(import.meta.dirname, '../../src/python');

export interface Import {
  /** Resolved .ts file. */
  target: string;
  /** `import type` / `export type` (erased at run time). */
  typeOnly: boolean;
}

/** Every .ts file under `dir`, absolute. */
export function tsFiles(dir = PYTHON_SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const STATEMENT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm;
const INLINE_TYPE = /import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The relative imports of `file` (inline `import('...').T` types count as type-only). */
export function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean): void => {
    out.push({ target: resolve(dirname(file), spec.replace(/\.js$/, '.ts')), typeOnly });
  };
  for (const m of text.matchAll(STATEMENT)) add(m[2]!, m[1] !== undefined);
  for (const m of text.matchAll(INLINE_TYPE)) add(m[1]!, true);
  return out;
}

/** Every file `entries` load at run time (type-only imports are erased), as paths relative to src/python. */
export function runtimeClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length > 0) {
    const f = todo.pop()!;
    const rel = relative(PYTHON_SRC, f);
    if (seen.has(rel) || rel.startsWith('..')) continue;
    seen.add(rel);
    for (const i of importsOf(f)) if (!i.typeOnly) todo.push(i.target);
  }
  return seen;
}
