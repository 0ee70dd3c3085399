/**
 * Object model and modules, concept by concept: each section of
 * test/python/unit/snippets/*.py runs alone and must print what CPython 3.11
 * printed (recorded by tools/record-snippets.py in <file>.expected.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../../src/scenario/python.js';

const DIR = join(import.meta.dirname, 'snippets');

function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let name: string | null = null;
  let lines: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^# --- (.+)$/.exec(line);
    if (m) {
      if (name !== null) out.set(name, `${lines.join('\n')}\n`);
      name = m[1]!.trim();
      lines = [];
    } else if (name !== null) lines.push(line);
  }
  if (name !== null) out.set(name, `${lines.join('\n')}\n`);
  return out;
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()) {
  const base = join(DIR, file.slice(0, -3));
  const expected = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8')) as Record<string, { stdout: string; stderr_last: string; status: number }>;
  const stdin = existsSync(`${base}.stdin`) ? readFileSync(`${base}.stdin`, 'utf8') : '';
  describe(file, () => {
    for (const [name, src] of sections(readFileSync(join(DIR, file), 'utf8'))) {
      it(name, () => {
        const r = runPython(src, { stdin });
        const err = r.stderr.replace(/\n+$/, '').split('\n');
        expect({ stdout: r.stdout, stderr_last: err[err.length - 1] ?? '', status: r.status }).toEqual(expected[name]);
      });
    }
  });
}
