/**
 * forkscope's standard library written in Python (src/python/stdlib/*.py): read on
 * first import and compiled once per JS process. The build copies the files next
 * to the compiled JavaScript, each with its code object compiled
 * (`<file>.code.json`, tools/copy-assets.mjs), which the importer loads instead
 * of compiling the source when it was made from the same source.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Code } from '../objects/code.js';
import { unmarshalCode } from '../compile/marshal.js';

const DIR = fileURLToPath(new URL('../stdlib/', import.meta.url));
const cache = new Map<string, string | null>();

/** [path, source] of a stdlib module, or null. */
export function stdlibSourceFor(name: string): [string, string] | null {
  const file = `${name.replace(/\./g, '/')}.py`;
  let src = cache.get(file);
  if (src === undefined) {
    const path = DIR + file;
    src = existsSync(path) ? readFileSync(path, 'utf8') : null;
    cache.set(file, src);
  }
  return src === null ? null : [file, src];
}

let names: string[] | null = null;

/** The dotted names of every stdlib module (multiprocessing, multiprocessing.pool, ...), sorted. */
export function stdlibModuleNames(): string[] {
  if (names === null) {
    const found: string[] = [];
    const walk = (dir: string, prefix: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(`${dir}${entry.name}/`, `${prefix}${entry.name}.`);
        else if (entry.name.endsWith('.py')) found.push(prefix + entry.name.slice(0, -3));
      }
    };
    walk(DIR, '');
    names = found.sort();
  }
  return names;
}

/** The code object the build compiled from this source of a stdlib file (`<file>.code.json` beside it), or null. */
export function stdlibCodeFor(file: string, source: string): Code | null {
  const path = `${DIR}${file}.code.json`;
  if (!existsSync(path)) return null;
  const code = unmarshalCode(source, readFileSync(path, 'utf8'));
  return code !== null && code.filename === file ? code : null;
}
