/**
 * Syntax tree → program (program.ts), resolving scoped flags the way
 * re/_compiler.py does: IGNORECASE literals become folded tests, sets are
 * built once, anchors take their MULTILINE / ASCII variants, and a repeat of a
 * single-character item becomes the cheap ONE form.
 */
import { EXTRA_CASES, isCased, lower } from './chars.js';
import { CharSet, buildSet } from './charset.js';
import { parse, type NameLookup } from './parse.js';
import { AtKind, Op, type Program } from './program.js';
import { At, F, MAXREPEAT, type Node, RegexError, type Seq, TYPE_FLAGS } from './syntax.js';

/** Look-behind widths above this cannot be encoded (re/_compiler.py: MAXCODE). */
const MAXCODE = 4294967295;

class Emitter {
  code: number[] = [];
  sets: CharSet[] = [];
  repeats = 0;
  constructor(readonly groupWidths: ([number, number] | null)[]) {}

  emit(...words: number[]): number {
    const at = this.code.length;
    this.code.push(...words);
    return at;
  }

  set(s: CharSet): number {
    this.sets.push(s);
    return this.sets.length - 1;
  }
}

const combine = (flags: number, add: number, del: number): number => ((add & TYPE_FLAGS ? flags & ~TYPE_FLAGS : flags) | add) & ~del;

/** Whether a repeat body is one single-character item (re/_compiler.py: _simple). */
function simpleItem(seq: Seq, flags: number): [Node, number] | null {
  if (seq.items.length !== 1) return null;
  const n = seq.items[0]!;
  if (n.op === 'sub') return n.group === null ? simpleItem(n.body, combine(flags, n.add, n.del)) : null;
  return n.op === 'lit' || n.op === 'notlit' || n.op === 'any' || n.op === 'in' ? [n, flags] : null;
}

/** Emits a single-character test (2 words). */
function emitUnit(e: Emitter, n: Node, flags: number): void {
  const ascii = (flags & F.ASCII) !== 0;
  const ic = (flags & F.IGNORECASE) !== 0;
  switch (n.op) {
    case 'lit':
    case 'notlit': {
      const neg = n.op === 'notlit';
      if (!ic || !isCased(n.c, ascii)) e.emit(neg ? Op.NOT_CHAR : Op.CHAR, n.c);
      else {
        const lo = lower(n.c, ascii);
        const extra = ascii ? undefined : EXTRA_CASES.get(lo);
        if (extra === undefined) e.emit(neg ? Op.NOT_CHAR_IGN : Op.CHAR_IGN, lo);
        else {
          const items = [lo, ...extra].map((c) => ({ op: 'lit' as const, c }));
          e.emit(Op.SET, e.set(buildSet(neg ? [{ op: 'negate' }, ...items] : items, true, ascii)));
        }
      }
      return;
    }
    case 'any':
      e.emit(flags & F.DOTALL ? Op.ANY_ALL : Op.ANY, 0);
      return;
    case 'in':
      e.emit(Op.SET, e.set(buildSet(n.items, ic, ascii)));
      return;
    default:
      throw new Error(`internal: ${n.op} is not a single-character item`);
  }
}

function atKind(at: At, flags: number): AtKind {
  const ml = (flags & F.MULTILINE) !== 0;
  const ascii = (flags & F.ASCII) !== 0;
  switch (at) {
    case At.Beginning:
      return ml ? AtKind.BeginningLine : AtKind.Beginning;
    case At.End:
      return ml ? AtKind.EndLine : AtKind.End;
    case At.BeginningString:
      return AtKind.BeginningString;
    case At.EndString:
      return AtKind.EndString;
    case At.Boundary:
      return ascii ? AtKind.AsciiBoundary : AtKind.Boundary;
    case At.NonBoundary:
      return ascii ? AtKind.AsciiNonBoundary : AtKind.NonBoundary;
    default: {
      const never: never = at;
      throw new Error(`internal: unknown anchor ${String(never)}`);
    }
  }
}

function emitSeq(e: Emitter, seq: Seq, flags: number): void {
  for (const n of seq.items) emitNode(e, n, flags);
}

function emitNode(e: Emitter, n: Node, flags: number): void {
  switch (n.op) {
    case 'lit':
    case 'notlit':
    case 'any':
    case 'in':
      emitUnit(e, n, flags);
      return;
    case 'at':
      e.emit(Op.AT, atKind(n.at, flags));
      return;
    case 'sub': {
      if (n.group !== null) e.emit(Op.MARK, (n.group - 1) * 2);
      emitSeq(e, n.body, combine(flags, n.add, n.del));
      if (n.group !== null) e.emit(Op.MARK, (n.group - 1) * 2 + 1);
      return;
    }
    case 'branch': {
      const jumps: number[] = [];
      n.alts.forEach((alt, i) => {
        const last = i === n.alts.length - 1;
        const split = last ? -1 : e.emit(Op.SPLIT, 0, 0);
        if (!last) e.code[split + 1] = e.code.length;
        emitSeq(e, alt, flags);
        if (!last) {
          jumps.push(e.emit(Op.JMP, 0));
          e.code[split + 2] = e.code.length;
        }
      });
      for (const j of jumps) e.code[j + 1] = e.code.length;
      return;
    }
    case 'repeat':
      emitRepeat(e, n, flags);
      return;
    case 'ref':
      e.emit(flags & F.IGNORECASE ? Op.REF_IGN : Op.REF, n.group);
      return;
    case 'refexists': {
      const head = e.emit(Op.REF_EXISTS, n.group, 0);
      emitSeq(e, n.yes, flags);
      if (n.no !== null) {
        const j = e.emit(Op.JMP, 0);
        e.code[head + 2] = e.code.length;
        emitSeq(e, n.no, flags);
        e.code[j + 1] = e.code.length;
      } else e.code[head + 2] = e.code.length;
      return;
    }
    case 'assert': {
      let back = 0;
      if (n.behind) {
        const [lo, hi] = n.body.getWidth(e.groupWidths);
        if (lo > MAXCODE) throw new RegexError('looks too much behind', null);
        if (lo !== hi) throw new RegexError('look-behind requires fixed-width pattern', null);
        back = lo;
      }
      const head = e.emit(Op.ASSERT, n.neg ? 1 : 0, back, 0);
      emitSeq(e, n.body, flags);
      e.emit(Op.ASSERT_END);
      e.code[head + 3] = e.code.length;
      return;
    }
    case 'atomic': {
      const head = e.emit(Op.ATOMIC, 0);
      emitSeq(e, n.body, flags);
      e.emit(Op.ATOMIC_END);
      e.code[head + 1] = e.code.length;
      return;
    }
    default: {
      const never: never = n;
      throw new Error(`internal: unknown regex node ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Repeat counts in the Int32 program: an unbounded maximum is -1, and counts
 * beyond 2^31 - 1 (more than any string holds) are clamped.
 */
const count = (n: number): number => Math.min(n, 0x7fffffff);
const bound = (n: number): number => (n === MAXREPEAT ? -1 : count(n));

function emitRepeat(e: Emitter, n: Extract<Node, { op: 'repeat' }>, flags: number): void {
  // re.TEMPLATE patterns may not repeat (re/_compiler.py), whatever the deprecated flag was for.
  if (flags & F.TEMPLATE) throw new RegexError(`internal: unsupported template operator ${n.kind === 'max' ? 'MAX_REPEAT' : n.kind === 'min' ? 'MIN_REPEAT' : 'POSSESSIVE_REPEAT'}`, null);
  const unit = simpleItem(n.body, flags);
  if (unit !== null) {
    const op = n.kind === 'max' ? Op.ONE : n.kind === 'min' ? Op.ONE_MIN : Op.ONE_POSS;
    const head = e.emit(op, count(n.min), bound(n.max), 0);
    emitUnit(e, unit[0], unit[1]);
    e.code[head + 3] = e.code.length;
    return;
  }
  const r = e.repeats++;
  const [open, close] = n.kind === 'max' ? [Op.REPEAT, Op.UNTIL_MAX] : n.kind === 'min' ? [Op.REPEAT_MIN, Op.UNTIL_MIN] : [Op.POSS, Op.POSS_END];
  const head = e.emit(open, r, count(n.min), bound(n.max), 0);
  emitSeq(e, n.body, flags);
  e.emit(close, r, head);
  e.code[head + 4] = e.code.length;
}

/** Compiles a str pattern; throws RegexError (re.error) or PyLibError (ValueError, OverflowError). */
export function compileRegex(pattern: string, flags: number, names: NameLookup, bytes = false): Program {
  const p = parse(pattern, flags, names, bytes);
  const e = new Emitter(p.groupWidths);
  // A bytes pattern (decoded as Latin-1) has ASCII semantics whatever its flags say.
  emitSeq(e, p.seq, bytes ? p.flags | F.ASCII : p.flags);
  e.emit(Op.MATCH);
  const code = Int32Array.from(e.code);
  const first = code[0];
  const anchored = first === Op.AT && (code[1] === AtKind.BeginningString || code[1] === AtKind.Beginning);
  return {
    code,
    sets: e.sets,
    repeats: e.repeats,
    groups: p.groups,
    groupIndex: p.groupIndex,
    flags: p.flags,
    ascii: bytes || (p.flags & F.ASCII) !== 0,
    anchored,
    firstChar: first === Op.CHAR ? code[1]! : -1,
  };
}
