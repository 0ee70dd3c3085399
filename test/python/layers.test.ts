/**
 * The layers of src/python (src/python/README.md): lib at the bottom, parse and
 * objects on it, then runtime → types → compile → vm → modules, and the files at
 * the root (the loader, the public API) on top. A folder imports only from the folders below it or itself;
 * type-only imports count too, so that the layers hold for readers and the
 * compiler as well as at run time.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYTHON_SRC, importsOf, tsFiles } from './imports.js';

/** Each folder and the folders it may import from (besides itself). */
const BELOW: Record<string, string[]> = {
  lib: [],
  parse: ['lib'],
  objects: ['lib'],
  runtime: ['lib', 'parse', 'objects'],
  types: ['lib', 'parse', 'objects', 'runtime'],
  compile: ['lib', 'parse', 'objects', 'runtime', 'types'],
  vm: ['lib', 'parse', 'objects', 'runtime', 'types', 'compile'],
  modules: ['lib', 'parse', 'objects', 'runtime', 'types', 'compile', 'vm'],
};

/** The layer of a file under src/python: its first folder, or '(root)'. */
function layer(file: string): string {
  const parts = relative(PYTHON_SRC, file).split('/');
  return parts.length > 1 ? parts[0]! : '(root)';
}

describe('the layers of src/python', () => {
  const files = tsFiles();

  it('every folder is a known layer', () => {
    const folders = new Set(files.map(layer).filter((l) => l !== '(root)'));
    expect([...folders].sort()).toEqual(Object.keys(BELOW).sort());
  });

  it('no folder imports from a folder above it (or beside it)', () => {
    const wrong: string[] = [];
    for (const f of files) {
      const from = layer(f);
      if (from === '(root)') continue;
      for (const i of importsOf(f)) {
        if (!i.target.startsWith(`${PYTHON_SRC}/`)) continue;
        const to = layer(i.target);
        if (to !== from && !BELOW[from]!.includes(to)) wrong.push(`${relative(PYTHON_SRC, f)} → ${relative(PYTHON_SRC, i.target)}${i.typeOnly ? ' (type)' : ''}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the import parser sees the imports (it finds a known edge of each kind)', () => {
    const thread = importsOf(`${PYTHON_SRC}/vm/driver.ts`);
    expect(thread.every((i) => existsSync(i.target))).toBe(true);
    expect(thread).toContainEqual({ target: `${PYTHON_SRC}/vm/eval.ts`, typeOnly: false });
    expect(thread).toContainEqual({ target: `${PYTHON_SRC}/objects/thread.ts`, typeOnly: true });
    expect(importsOf(`${PYTHON_SRC}/objects/frame.ts`)).toContainEqual({ target: `${PYTHON_SRC}/objects/thread.ts`, typeOnly: true });
  });
});
