/**
 * lezer's parse, without its cap on left-recursive chains.
 *
 * lezer breaks a chain of more than 300 reductions that each cover 2,000+ characters
 * from the same start (a left-associative `1+1+…+1` past ~1,150 terms) into an error,
 * so that its trees stay shallow enough for recursive walkers. CPython accepts such a
 * chain up to its own compile depth (~3,000), so the parse is driven here, one
 * `advance()` at a time, forgetting that count — while every parse stack stays well
 * below the depth at which lezer cuts stacks (8,400 entries), where the count is what
 * lets its recovery end: past that, lezer runs as it is. A tree too deep for the host
 * stack still fails; `compileGuard` (errors.ts) turns that into CPython's
 * RecursionError.
 */
import type { Tree } from '@lezer/common';
import { parser } from '@lezer/python';
import './tables.js';

/** The fields of lezer's Parse this relies on (without them, source/sum_2000_terms in the differential corpus fails). */
interface ParseInternals {
  advance(): Tree | null;
  bigReductionCount: number;
  stacks: { stack: number[] }[];
}

/** Parse-stack entries past which the count is left alone (lezer cuts at 8,400). */
const SAFE_STACK = 6_000;
/** Lifted reductions past which lezer's cap applies again: chains deeper than CPython compiles. */
const MAX_LIFTED = 3_000;

/**
 * The tree of `source`, and whether the parse went deeper than this lets lezer go (a
 * chain past CPython's compile depth, or nesting that lezer cuts): an error in such a
 * tree is the depth, not the syntax.
 */
export function parseTree(source: string): { tree: Tree; deep: boolean } {
  const p = parser.startParse(source) as unknown as ParseInternals;
  if (typeof p.bigReductionCount !== 'number' || !Array.isArray(p.stacks)) return { tree: parser.parse(source), deep: false };
  let lifted = 0;
  let deep = false;
  for (;;) {
    if (!deep) {
      lifted += p.bigReductionCount;
      for (const s of p.stacks) if (s.stack.length > SAFE_STACK) deep = true;
      if (lifted > MAX_LIFTED) deep = true;
      if (!deep) p.bigReductionCount = 0;
    }
    const tree = p.advance();
    if (tree !== null) return { tree, deep };
  }
}
