/**
 * The backtracking matcher: runs a program (program.ts) over a subject with an
 * explicit stack, so that no pattern can overflow the JS stack, and in slices
 * of at most `quota` steps, so that a catastrophic pattern stays interruptible
 * (the caller charges the steps to the VM and resumes later).
 *
 * Semantics are sre's (CPython 3.11): leftmost match, alternatives in order,
 * greedy/lazy repeats with sre's zero-width-iteration rule, groups keep the
 * last iteration's text, and the top-level rules of match/fullmatch/search and
 * of the scanning loops (an empty match may not repeat at the position of the
 * previous match: `mustAdvance`).
 *
 * Every change to captures or repeat counters pushes an undo entry; a choice
 * point resumes after undoing everything above it. Stack entries are 4 words:
 * [kind, a, b, c].
 */
import { type AtKind, Op, type Program } from './program.js';
import { atPosition, matchAgain, testChar } from './predicates.js';
import type { Subject } from './subject.js';

export const enum Status {
  Match,
  Fail,
  Paused,
}

export const enum Mode {
  Match,
  FullMatch,
  Search,
}

const enum K {
  /** resume at pc a with position b */
  Choice,
  /** undo: caps[a] = b, lastindex = c */
  Mark,
  /** undo: counts[a] = b, lasts[a] = c */
  Rep,
  /** greedy single-character repeat at head a, from position b, c characters taken */
  One,
  /** lazy single-character repeat at head a, at position b, c characters taken */
  OneMin,
  /** lazy general repeat at head a: try one more iteration at position b */
  MinMore,
  /** look-around, atomic group or possessive iteration at head a, entered at position b; c = 1 for an optional iteration */
  Barrier,
}

export class Machine {
  /** Group slots: start and end of groups 1..n; -1 when unset. */
  readonly caps: Int32Array;
  lastindex = -1;
  /** The match found: [start, end). */
  matchStart = -1;
  matchEnd = -1;
  /** Steps taken so far by run(). */
  steps = 0;

  private readonly counts: Int32Array;
  private readonly lasts: Int32Array;
  private stack: Int32Array = new Int32Array(256);
  private sp = 0;
  private barriers: number[] = [];
  private pc = 0;
  private pos = 0;
  private start = 0;
  private mode: Mode = Mode.Match;
  private mustAdvance = false;

  constructor(
    readonly prog: Program,
    readonly subject: Subject,
    /** endpos: the matcher sees the string as ending here. */
    readonly end: number,
  ) {
    this.caps = new Int32Array(2 * (prog.groups - 1)).fill(-1);
    this.counts = new Int32Array(prog.repeats);
    this.lasts = new Int32Array(prog.repeats);
  }

  /** Prepares an attempt at `start` (match, fullmatch) or from `start` on (search). */
  begin(start: number, mode: Mode, mustAdvance: boolean): void {
    this.caps.fill(-1);
    this.lastindex = -1;
    this.sp = 0;
    this.barriers.length = 0;
    this.mode = mode;
    this.mustAdvance = mustAdvance;
    this.matchStart = this.matchEnd = -1;
    this.start = start;
    this.pc = 0;
    this.pos = start;
    if (mode === Mode.Search) {
      if (this.prog.anchored && start > 0) this.start = this.end + 1;
      else if (this.prog.firstChar >= 0) this.start = this.nextFirst(start);
      if (this.start !== start) this.mustAdvance = false;
      this.pos = this.start;
    }
  }

  /** The next position ≥ p where a match can start, for patterns that begin with a literal. */
  private nextFirst(p: number): number {
    const c = this.prog.firstChar;
    const t = this.subject.cps;
    while (p < this.end && t[p] !== c) p++;
    return p < this.end ? p : this.end + 1;
  }

  private push(kind: number, a: number, b: number, c: number): void {
    let s = this.stack;
    if (this.sp + 4 > s.length) {
      const bigger = new Int32Array(s.length * 2);
      bigger.set(s);
      this.stack = s = bigger;
    }
    s[this.sp] = kind;
    s[this.sp + 1] = a;
    s[this.sp + 2] = b;
    s[this.sp + 3] = c;
    this.sp += 4;
  }

  /** Applies an undo entry; false if the entry is not an undo. */
  private undo(i: number): boolean {
    const s = this.stack;
    if (s[i] === K.Mark) {
      this.caps[s[i + 1]!] = s[i + 2]!;
      this.lastindex = s[i + 3]!;
      return true;
    }
    if (s[i] === K.Rep) {
      this.counts[s[i + 1]!] = s[i + 2]!;
      this.lasts[s[i + 1]!] = s[i + 3]!;
      return true;
    }
    return false;
  }

  /**
   * Ends a look-around or atomic group whose barrier is at `h`: its remaining
   * choices are dropped. `keep`: its effects stay (and stay undoable);
   * otherwise they are undone (a negative look-ahead whose body matched).
   */
  private cut(h: number, keep: boolean): void {
    const s = this.stack;
    if (keep) {
      let w = h;
      for (let r = h + 4; r < this.sp; r += 4) {
        const k = s[r];
        if (k === K.Mark || k === K.Rep) {
          s.copyWithin(w, r, r + 4);
          w += 4;
        }
      }
      this.sp = w;
    } else {
      for (let r = this.sp - 4; r > h; r -= 4) this.undo(r);
      this.sp = h;
    }
  }

  /** Whether group g is set (REF_EXISTS). */
  private groupSet(g: number): boolean {
    const a = this.caps[2 * (g - 1)]!;
    const b = this.caps[2 * (g - 1) + 1]!;
    return a >= 0 && b >= 0 && a <= b;
  }

  private setMark(slot: number, pos: number): void {
    this.push(K.Mark, slot, this.caps[slot]!, this.lastindex);
    this.caps[slot] = pos;
    if (slot & 1) this.lastindex = (slot >> 1) + 1;
  }

  private setRep(r: number, count: number, last: number): void {
    this.push(K.Rep, r, this.counts[r]!, this.lasts[r]!);
    this.counts[r] = count;
    this.lasts[r] = last;
  }

  /**
   * A possessive repeat (sre's POSSESSIVE_REPEAT) before its next iteration:
   * counts[r] iterations are done. Required iterations and then optional ones
   * run as atomic bodies until one fails, is empty, or max is reached.
   */
  private possNext(head: number, pos: number): number {
    const code = this.prog.code;
    const r = code[head + 1]!;
    const min = code[head + 2]!;
    const max = code[head + 3]!;
    const c = this.counts[r]! + 1;
    if (c < min) {
      this.setRep(r, c, this.lasts[r]!);
      this.barriers.push(this.sp);
      this.push(K.Barrier, head, pos, 0);
      return head + 5;
    }
    if ((max < 0 || c < max) && pos !== this.lasts[r]) {
      this.setRep(r, c, pos);
      this.barriers.push(this.sp);
      this.push(K.Barrier, head, pos, 1);
      return head + 5;
    }
    return code[head + 4]!;
  }

  /**
   * Runs at most about `quota` steps. Match: matchStart/matchEnd and caps hold
   * the result. Fail: no match. Paused: call again to continue.
   */
  run(quota: number): Status {
    const code = this.prog.code;
    const t = this.subject.cps;
    const end = this.end;
    let pc = this.pc;
    let pos = this.pos;
    let steps = 0;
    if (this.start > end) return Status.Fail;
    for (;;) {
      if (steps >= quota) {
        this.pc = pc;
        this.pos = pos;
        this.steps += steps;
        return Status.Paused;
      }
      steps++;
      let ok = true;
      const op = code[pc]!;
      switch (op) {
        case Op.FAIL:
          ok = false;
          break;
        case Op.MATCH:
          if ((this.mode === Mode.FullMatch && pos !== end) || (this.mustAdvance && pos === this.start)) {
            ok = false;
            break;
          }
          this.matchStart = this.start;
          this.matchEnd = pos;
          this.steps += steps;
          this.pc = pc;
          this.pos = pos;
          return Status.Match;
        case Op.CHAR:
          if (pos < end && t[pos] === code[pc + 1]) {
            pos++;
            pc += 2;
          } else ok = false;
          break;
        case Op.NOT_CHAR:
        case Op.CHAR_IGN:
        case Op.NOT_CHAR_IGN:
        case Op.ANY:
        case Op.ANY_ALL:
        case Op.SET:
          if (pos < end && testChar(this.prog, op, code[pc + 1]!, t[pos]!)) {
            pos++;
            pc += 2;
          } else ok = false;
          break;
        case Op.AT:
          if (atPosition(code[pc + 1]! as AtKind, t, pos, end)) pc += 2;
          else ok = false;
          break;
        case Op.JMP:
          pc = code[pc + 1]!;
          break;
        case Op.SPLIT:
          this.push(K.Choice, code[pc + 2]!, pos, 0);
          pc = code[pc + 1]!;
          break;
        case Op.MARK:
          this.setMark(code[pc + 1]!, pos);
          pc += 2;
          break;
        case Op.REF:
        case Op.REF_IGN: {
          const g = code[pc + 1]! - 1;
          const p = matchAgain(t, this.caps[2 * g]!, this.caps[2 * g + 1]!, pos, end, op === Op.REF_IGN, this.prog.ascii);
          if (p < 0) ok = false;
          else {
            steps += p - pos;
            pos = p;
            pc += 2;
          }
          break;
        }
        case Op.REF_EXISTS:
          pc = this.groupSet(code[pc + 1]!) ? pc + 3 : code[pc + 2]!;
          break;
        case Op.POSS:
          this.setRep(code[pc + 1]!, -1, -1);
          pc = this.possNext(pc, pos);
          break;
        case Op.POSS_END: {
          const head = code[pc + 2]!;
          this.cut(this.barriers.pop()!, true);
          pc = this.possNext(head, pos);
          break;
        }
        case Op.REPEAT:
        case Op.REPEAT_MIN:
          this.setRep(code[pc + 1]!, -1, -1);
          // Go straight to the UNTIL (3 words before the exit), as sre's REPEAT does.
          pc = code[pc + 4]! - 3;
          break;
        case Op.UNTIL_MAX: {
          const r = code[pc + 1]!;
          const head = code[pc + 2]!;
          const min = code[head + 2]!;
          const max = code[head + 3]!;
          const c = this.counts[r]! + 1;
          if (c < min) {
            this.setRep(r, c, this.lasts[r]!);
            pc = head + 5;
          } else if ((max < 0 || c < max) && pos !== this.lasts[r]) {
            this.push(K.Choice, code[head + 4]!, pos, 0);
            this.setRep(r, c, pos);
            pc = head + 5;
          } else pc = code[head + 4]!;
          break;
        }
        case Op.UNTIL_MIN: {
          const r = code[pc + 1]!;
          const head = code[pc + 2]!;
          const c = this.counts[r]! + 1;
          if (c < code[head + 2]!) {
            this.setRep(r, c, this.lasts[r]!);
            pc = head + 5;
          } else {
            this.push(K.MinMore, head, pos, 0);
            pc = code[head + 4]!;
          }
          break;
        }
        case Op.ONE:
        case Op.ONE_POSS: {
          const min = code[pc + 1]!;
          const max = code[pc + 2]!;
          const top = max < 0 ? end : Math.min(end, pos + max);
          const top2 = code[pc + 4]!;
          const arg = code[pc + 5]!;
          let p = pos;
          if (top2 === Op.ANY_ALL) p = top;
          else if (top2 === Op.CHAR) while (p < top && t[p] === arg) p++;
          else while (p < top && testChar(this.prog, top2, arg, t[p]!)) p++;
          steps += p - pos;
          const n = p - pos;
          if (n < min) {
            ok = false;
            break;
          }
          if (n > min && op === Op.ONE) this.push(K.One, pc, pos, n);
          pos = p;
          pc = code[pc + 3]!;
          break;
        }
        case Op.ONE_MIN: {
          const min = code[pc + 1]!;
          let p = pos;
          const testOp = code[pc + 4]!;
          const arg = code[pc + 5]!;
          while (p - pos < min && p < end && testChar(this.prog, testOp, arg, t[p]!)) p++;
          steps += p - pos;
          if (p - pos < min) {
            ok = false;
            break;
          }
          this.push(K.OneMin, pc, p, p - pos);
          pos = p;
          pc = code[pc + 3]!;
          break;
        }
        case Op.ASSERT: {
          const back = code[pc + 2]!;
          const neg = code[pc + 1] === 1;
          if (pos - back < 0) {
            if (neg) pc = code[pc + 3]!;
            else ok = false;
            break;
          }
          this.barriers.push(this.sp);
          this.push(K.Barrier, pc, pos, 0);
          pos -= back;
          pc += 4;
          break;
        }
        case Op.ATOMIC:
          this.barriers.push(this.sp);
          this.push(K.Barrier, pc, pos, 0);
          pc += 2;
          break;
        case Op.ASSERT_END: {
          const h = this.barriers.pop()!;
          const head = this.stack[h + 1]!;
          const saved = this.stack[h + 2]!;
          if (code[head + 1] === 1) {
            this.cut(h, false);
            ok = false;
          } else {
            this.cut(h, true);
            pos = saved;
            pc = code[head + 3]!;
          }
          break;
        }
        case Op.ATOMIC_END:
          this.cut(this.barriers.pop()!, true);
          pc += 1;
          break;
        default:
          throw new Error(`internal: unknown regex opcode ${op} at ${pc}`);
      }
      if (ok) continue;

      // Backtrack: undo down to the most recent choice point and resume there.
      for (;;) {
        if (this.sp === 0) {
          if (this.mode !== Mode.Search || this.start >= end) {
            this.steps += steps;
            return Status.Fail;
          }
          this.mustAdvance = false;
          this.start = this.prog.firstChar >= 0 ? this.nextFirst(this.start + 1) : this.start + 1;
          if (this.start > end || (this.prog.anchored && this.start > 0)) {
            this.steps += steps;
            return Status.Fail;
          }
          pc = 0;
          pos = this.start;
          break;
        }
        steps++;
        this.sp -= 4;
        const s = this.stack;
        const i = this.sp;
        const kind = s[i]!;
        if (kind === K.Choice) {
          pc = s[i + 1]!;
          pos = s[i + 2]!;
          break;
        }
        if (this.undo(i)) continue;
        if (kind === K.One) {
          const head = s[i + 1]!;
          const from = s[i + 2]!;
          let n = s[i + 3]! - 1;
          const min = code[head + 1]!;
          const exit = code[head + 3]!;
          if (code[exit] === Op.CHAR) {
            // The tail starts with a literal: skip the counts where it cannot match.
            const ch = code[exit + 1]!;
            while (n >= min && (from + n >= end || t[from + n] !== ch)) n--;
            if (n < min) continue;
          }
          if (n > min) this.push(K.One, head, from, n);
          pos = from + n;
          pc = exit;
          break;
        }
        if (kind === K.OneMin) {
          const head = s[i + 1]!;
          const p = s[i + 2]!;
          const n = s[i + 3]!;
          const max = code[head + 2]!;
          if ((max >= 0 && n >= max) || p >= end || !testChar(this.prog, code[head + 4]!, code[head + 5]!, t[p]!)) continue;
          this.push(K.OneMin, head, p + 1, n + 1);
          pos = p + 1;
          pc = code[head + 3]!;
          break;
        }
        if (kind === K.MinMore) {
          const head = s[i + 1]!;
          const p = s[i + 2]!;
          const r = code[head + 1]!;
          const max = code[head + 3]!;
          const c = this.counts[r]! + 1;
          if ((max >= 0 && c >= max) || p === this.lasts[r]) continue;
          this.setRep(r, c, p);
          pos = p;
          pc = head + 5;
          break;
        }
        if (kind === K.Barrier) {
          this.barriers.pop();
          const head = s[i + 1]!;
          if ((code[head] === Op.ASSERT && code[head + 1] === 1) || (code[head] === Op.POSS && s[i + 3] === 1)) {
            // A negative look-ahead whose body failed, or an optional possessive iteration that failed.
            pos = s[i + 2]!;
            pc = code[head] === Op.POSS ? code[head + 4]! : code[head + 3]!;
            break;
          }
          continue;
        }
        throw new Error(`internal: unknown regex stack entry ${kind}`);
      }
    }
  }
}
