/**
 * The machine's primitive tests: zero-width positions (^ $ \A \Z \b \B), one
 * character against a single-character instruction, and a backreference.
 * Positions index code points; `end` is the match's endpos.
 */
import { isWord, lower } from './chars.js';
import { AtKind, Op, type Program } from './program.js';

/** Whether position pos of t (ending at end) satisfies the anchor. */
export function atPosition(kind: AtKind, t: Int32Array, pos: number, end: number): boolean {
  switch (kind) {
    case AtKind.Beginning:
    case AtKind.BeginningString:
      return pos === 0;
    case AtKind.BeginningLine:
      return pos === 0 || t[pos - 1] === 10;
    case AtKind.End:
      return pos === end || (pos + 1 === end && t[pos] === 10);
    case AtKind.EndLine:
      return pos === end || t[pos] === 10;
    case AtKind.EndString:
      return pos === end;
    case AtKind.Boundary:
    case AtKind.NonBoundary:
    case AtKind.AsciiBoundary:
    case AtKind.AsciiNonBoundary: {
      // sre: no boundary of either kind in an empty string.
      if (end === 0) return false;
      const ascii = kind === AtKind.AsciiBoundary || kind === AtKind.AsciiNonBoundary;
      const before = pos > 0 && isWord(t[pos - 1]!, ascii);
      const here = pos < end && isWord(t[pos]!, ascii);
      return kind === AtKind.Boundary || kind === AtKind.AsciiBoundary ? here !== before : here === before;
    }
    default: {
      const never: never = kind;
      throw new Error(`internal: unknown anchor kind ${String(never)}`);
    }
  }
}

/** A single-character instruction (op, arg) against code point c. */
export function testChar(prog: Program, op: number, arg: number, c: number): boolean {
  switch (op) {
    case Op.CHAR:
      return c === arg;
    case Op.NOT_CHAR:
      return c !== arg;
    case Op.CHAR_IGN:
      return lower(c, prog.ascii) === arg;
    case Op.NOT_CHAR_IGN:
      return lower(c, prog.ascii) !== arg;
    case Op.ANY:
      return c !== 10;
    case Op.ANY_ALL:
      return true;
    case Op.SET:
      return prog.sets[arg]!.test(c);
    default:
      throw new Error(`internal: opcode ${op} is not a character test`);
  }
}

/** The text t[a:b] again at pos (case-folded if fold); the position after it, or -1. */
export function matchAgain(t: Int32Array, a: number, b: number, pos: number, end: number, fold: boolean, ascii: boolean): number {
  if (a < 0 || b < 0 || b < a) return -1;
  const n = b - a;
  if (pos + n > end) return -1;
  for (let i = 0; i < n; i++) {
    const x = t[a + i]!;
    const y = t[pos + i]!;
    if (x !== y && (!fold || lower(x, ascii) !== lower(y, ascii))) return -1;
  }
  return pos + n;
}
