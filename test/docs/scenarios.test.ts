/**
 * The documents' scenarios (scenarios/docs/): one per code example of the five source
 * documents, each the example verbatim under a header the Python scenario loader reads.
 * Checks the headers (keys, options, variants) and that every body is the example byte
 * for byte unless the header declares a change. The extracted examples live beside the
 * repository, in ../shared/seeds/examples; when they are missing the tests fail and say
 * so (they never skip).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOptionWords } from '../../src/scenario/options.js';

const ROOT = fileURLToPath(new URL('../../scenarios/docs/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../shared/seeds/examples/', import.meta.url));

/** Examples per document: 000 has 8 code blocks, 001 13, 002 5, 003 11, 004 14. */
const COUNTS: Record<string, number> = { '000': 8, '001': 13, '002': 5, '003': 11, '004': 14 };
const TITLES: Record<string, string> = {
  '000': '多进程(multiprocessing)(在Windows上实现)',
  '001': '多进程',
  '002': 'Python3 多进程编程(Multiprocess programming)',
  '003': '进程',
  '004': '进程',
};

const KEY = /^# (forkscope|source|shows|changed|options|variant [\w-]+|stdin|file \S+?): (.*)$/;

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : name.endsWith('.py') ? [p] : [];
    });
}

interface Parsed {
  keys: [string, string][];
  body: string;
}

/** Our header is a run of `# key: value` lines, then one blank line, then the example. */
function split(text: string): Parsed {
  const lines = text.split('\n');
  const keys: [string, string][] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const m = KEY.exec(lines[i]!);
    if (!m) break;
    keys.push([m[1]!, m[2]!]);
  }
  expect(lines[i], 'a blank line ends the header').toBe('');
  return { keys, body: lines.slice(i + 1).join('\n') };
}

const files = existsSync(ROOT) ? walk(ROOT) : [];

describe('scenarios/docs', () => {
  it('the extracted examples are beside the repository', () => {
    expect(existsSync(EXAMPLES), `the documents' examples are missing: expected them in ${EXAMPLES} (../shared/seeds/examples relative to the repository)`).toBe(true);
  });

  it('has one scenario per example, 51 in all', () => {
    const want = Object.entries(COUNTS).flatMap(([doc, n]) =>
      Array.from({ length: n }, (_, i) => `${doc}_${String(i + 1).padStart(2, '0')}`),
    );
    const got = files.map((f) => /examples\/(\d{3}_\d{2})\.py$/m.exec(readFileSync(f, 'utf8'))?.[1]).sort();
    expect(got).toEqual(want);
  });

  for (const file of files) {
    const id = relative(ROOT, file);
    it(`${id}: header`, () => {
      const { keys } = split(readFileSync(file, 'utf8'));
      const get = (k: string) => keys.filter(([key]) => key === k).map(([, v]) => v);
      expect(keys[0]![0]).toBe('forkscope');
      expect(get('forkscope')).toHaveLength(1);
      expect(get('shows')).toHaveLength(1);
      expect(get('options').length).toBeLessThanOrEqual(1);
      const [source] = get('source');
      const m = /^document (\d{3}) \((.*)\), example (\d+) — \.\.\/shared\/seeds\/examples\/(\d{3})_(\d{2})\.py$/.exec(source ?? '');
      expect(m, `source line of ${id}`).not.toBeNull();
      expect(m![1]).toBe(m![4]);
      expect(Number(m![3])).toBe(Number(m![5]));
      expect(m![2]).toBe(TITLES[m![1]!]);

      const canonical = parseOptionWords((get('options')[0] ?? '').split(/\s+/).filter(Boolean));
      const platform = canonical.platform ?? 'linux';
      const variants = keys.filter(([k]) => k.startsWith('variant '));
      expect(new Set(variants.map(([k]) => k)).size).toBe(variants.length);
      for (const [k, v] of variants) {
        const o = parseOptionWords(v.split(/\s+/).filter(Boolean));
        const name = k.slice('variant '.length);
        if (name === 'linux' || name === 'windows') {
          expect(o.platform, `${k} sets its platform`).toBe(name);
          expect(o.platform).not.toBe(platform);
        } else {
          expect(o.platform, `${k} keeps the canonical platform`).toBeUndefined();
        }
      }
      for (const [k] of keys.filter(([k]) => k.startsWith('file '))) expect(k.slice(5)).toMatch(/^\/home\/user\/\S+$/);
    });

    it(`${id}: the example verbatim, or a declared change`, () => {
      const text = readFileSync(file, 'utf8');
      const { keys, body } = split(text);
      const example = /examples\/(\d{3}_\d{2})\.py$/m.exec(text)![1];
      const original = readFileSync(join(EXAMPLES, `${example}.py`), 'utf8');
      if (keys.some(([k]) => k === 'changed')) expect(body).not.toBe(original);
      else expect(body).toBe(original);
    });
  }
});
