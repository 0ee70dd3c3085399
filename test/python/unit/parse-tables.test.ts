/**
 * lezer's parse-table lookups, remembered (src/python/parse/tables.ts): the tree of
 * every Python file in the repository — programs, the differential corpora (with their
 * syntax errors), the stdlib — is the one lezer's own lookups build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parser } from '@lezer/python';
import { describe, expect, it } from 'vitest';
import { LEZER_LOOKUPS } from '../../../src/python/parse/tables.js';

const ROOT = join(import.meta.dirname, '../../..');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** Runs `f` with lezer's own addActions and getGoto in place of the remembered ones. */
function withLezerLookups<T>(f: () => T): T {
  const tokens = Object.getPrototypeOf((parser.startParse('') as unknown as { tokens: object }).tokens) as Record<string, unknown>;
  const lr = Object.getPrototypeOf(parser) as Record<string, unknown>;
  const mine = [tokens.addActions, lr.getGoto];
  tokens.addActions = LEZER_LOOKUPS.addActions;
  lr.getGoto = LEZER_LOOKUPS.getGoto;
  try {
    return f();
  } finally {
    [tokens.addActions, lr.getGoto] = mine;
  }
}

describe('remembered parse-table lookups', () => {
  it('are installed', () => {
    expect(typeof LEZER_LOOKUPS.addActions).toBe('function');
    expect(typeof LEZER_LOOKUPS.getGoto).toBe('function');
    expect(Object.getPrototypeOf(parser).getGoto).not.toBe(LEZER_LOOKUPS.getGoto);
  });

  it("give lezer's trees for every Python file of the repository", () => {
    const files = ['scenarios', 'test', 'src/python/stdlib'].flatMap((d) => walk(join(ROOT, d))).filter((f) => f.endsWith('.py'));
    expect(files.length).toBeGreaterThan(700);
    const sources = files.map((f) => readFileSync(f, 'utf8'));
    const theirs = withLezerLookups(() => sources.map((s) => parser.parse(s).toString()));
    const ours = sources.map((s) => parser.parse(s).toString());
    const differ = files.filter((_, i) => ours[i] !== theirs[i]);
    expect(differ).toEqual([]);
    expect(theirs.filter((t) => t.includes('⚠')).length, 'files with syntax errors among them').toBeGreaterThan(10);
  });
});
