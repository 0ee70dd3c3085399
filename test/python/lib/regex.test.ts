import { describe, expect, it } from 'vitest';
import { compileRegex } from '../../../src/python/lib/regex/compile.js';
import { Machine, Mode, Status } from '../../../src/python/lib/regex/machine.js';
import { Subject } from '../../../src/python/lib/regex/subject.js';
import type { Program } from '../../../src/python/lib/regex/program.js';
import { Scanner, clampBounds } from '../../../src/python/lib/regex/scan.js';
import { RegexError } from '../../../src/python/lib/regex/syntax.js';
import { loadVectors } from './vectors.js';

interface Case {
  p: string;
  f: number;
  s: string;
  err?: string;
  match?: unknown;
  full?: unknown;
  search?: unknown;
  search2?: unknown;
  iter?: unknown[];
}

const cases = loadVectors<Case[]>('regex');
const noNames = (): null => null;

/** Spans of every group and lastindex, as the generator records them. */
function spans(prog: Program, m: Machine, st: Status): unknown {
  if (st !== Status.Match) return null;
  const out: unknown[] = [[m.matchStart, m.matchEnd]];
  for (let g = 1; g < prog.groups; g++) {
    const a = m.caps[2 * (g - 1)]!;
    const b = m.caps[2 * (g - 1) + 1]!;
    out.push(a >= 0 && b >= 0 ? [a, b] : [-1, -1]);
  }
  out.push(m.lastindex < 0 ? null : m.lastindex);
  return out;
}

function run(c: Case): Record<string, unknown> {
  let prog: Program;
  try {
    prog = compileRegex(c.p, c.f, noNames);
  } catch (e) {
    if (e instanceof RegexError) return { err: e.pos === null ? e.msg : `${e.msg} at position ${e.pos}` };
    throw e;
  }
  const subject = new Subject(c.s);
  const one = (mode: Mode, pos: number, end: number): unknown => {
    const m = new Machine(prog, subject, end);
    m.begin(pos, mode, false);
    return spans(prog, m, m.run(1e8));
  };
  const [p2, e2] = clampBounds(subject.length, 1, Math.max(1, subject.length - 1));
  const sc = new Scanner(prog, subject, 0, subject.length);
  const iter: unknown[] = [];
  for (let st = sc.next(1e8); st === Status.Match; st = sc.next(1e8)) iter.push(spans(prog, sc.machine, st));
  return { match: one(Mode.Match, 0, subject.length), full: one(Mode.FullMatch, 0, subject.length), search: one(Mode.Search, 0, subject.length), search2: one(Mode.Search, p2, e2), iter };
}

describe('the regex engine matches as CPython 3.11 (sre) does', () => {
  it(`${cases.length} random patterns: errors, match, fullmatch, search, finditer`, () => {
    const bad: string[] = [];
    for (const c of cases) {
      const got = run(c);
      const want = c.err !== undefined ? { err: c.err.replace(/ \(line \d+, column \d+\)$/, '') } : { match: c.match, full: c.full, search: c.search, search2: c.search2, iter: c.iter };
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${JSON.stringify([c.p, c.f, c.s])}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('pauses after the quota and resumes to the same answer', () => {
    const prog = compileRegex('(a+)+b', 0, noNames);
    const subject = new Subject('a'.repeat(12));
    const m = new Machine(prog, subject, subject.length);
    m.begin(0, Mode.Search, false);
    let pauses = 0;
    let st = m.run(1000);
    while (st === Status.Paused) {
      pauses++;
      st = m.run(1000);
    }
    expect(st).toBe(Status.Fail);
    expect(pauses).toBeGreaterThan(10);
    expect(m.steps).toBeGreaterThan(pauses * 1000);
  });

  it('matches long subjects with an explicit stack, not JS recursion', () => {
    const prog = compileRegex('(?:(a)b|(c))*d', 0, noNames);
    const text = 'ab'.repeat(200000) + 'd';
    const m = new Machine(prog, new Subject(text), text.length);
    m.begin(0, Mode.FullMatch, false);
    expect(m.run(1e9)).toBe(Status.Match);
    expect([m.caps[0], m.caps[1]]).toEqual([399998, 399999]);
  });

  it('refuses groups nested deeper than CPython parses (RecursionError)', () => {
    const nest = (n: number): string => '('.repeat(n) + 'a' + ')'.repeat(n);
    expect(compileRegex(nest(495), 0, noNames).groups).toBe(496);
    expect(() => compileRegex(nest(496), 0, noNames)).toThrow('maximum recursion depth exceeded');
  });
});
