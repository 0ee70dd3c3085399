/**
 * Pattern text → syntax tree, with CPython 3.11's syntax and its re.error
 * messages and positions (re/_parser.py): escapes, sets, repeats, groups,
 * look-arounds, conditionals, inline flags and verbose mode. Positions are in
 * code points.
 */
import { PyLibError, overflowError, valueError } from '../errors.js';
import { isidentifier } from '../strcase.js';
import { strRepr } from '../strrepr.js';
import { Cat } from './chars.js';
import { Tokenizer, cpLen } from './tokenizer.js';
import { At, F, GLOBAL_FLAGS, MAXGROUPS, MAXREPEAT, type Node, type Parsed, RegexError, Seq, type SetItem, TYPE_FLAGS } from './syntax.js';

const SPECIAL = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';
const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WHITESPACE = ' \t\n\r\v\f';

const ESCAPES: Record<string, number> = { '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92 };
const AT_ESCAPES: Record<string, At> = { '\\A': At.BeginningString, '\\b': At.Boundary, '\\B': At.NonBoundary, '\\Z': At.EndString };
const CAT_ESCAPES: Record<string, Cat> = { '\\d': Cat.Digit, '\\D': Cat.NotDigit, '\\s': Cat.Space, '\\S': Cat.NotSpace, '\\w': Cat.Word, '\\W': Cat.NotWord };
const FLAG_CHARS: Record<string, number> = { i: F.IGNORECASE, L: F.LOCALE, m: F.MULTILINE, s: F.DOTALL, x: F.VERBOSE, a: F.ASCII, t: F.TEMPLATE, u: F.UNICODE };

const cp = (s: string): number => s.codePointAt(0)!;
const isIn = (t: string | null, set: string): boolean => t !== null && t.length === 1 && set.includes(t);

/** Resolves a \\N{name} escape to its code point, or null when unknown. */
export type NameLookup = (name: string) => number | null;

class State {
  flags = 0;
  constructor(
    readonly names: NameLookup,
    /** A bytes pattern (decoded as Latin-1): ASCII semantics, no 'u' flag. */
    readonly bytes: boolean,
  ) {}
  groupIndex = new Map<string, number>();
  /** Width of each closed group; null while open. Index 0 is the whole match. */
  groupWidths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  grouprefpos = new Map<number, number>();

  get groups(): number {
    return this.groupWidths.length;
  }

  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupWidths.push(null);
    if (this.groups > MAXGROUPS) throw new RegexError('too many groups', null);
    if (name !== null) {
      const old = this.groupIndex.get(name);
      if (old !== undefined) throw new RegexError(`redefinition of group name ${strRepr(name)} as group ${gid}; was group ${old}`, null);
      this.groupIndex.set(name, gid);
    }
    return gid;
  }

  closeGroup(gid: number, p: Seq): void {
    this.groupWidths[gid] = p.getWidth(this.groupWidths);
  }

  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupWidths[gid] !== null;
  }

  checkLookbehindGroup(gid: number, src: Tokenizer): void {
    if (this.lookbehindGroups === null) return;
    if (!this.checkGroup(gid)) throw src.error('cannot refer to an open group');
    if (gid >= this.lookbehindGroups) throw src.error('cannot refer to group defined in the same lookbehind subpattern');
  }
}

type Code = Node | { op: 'set'; item: SetItem };

function hexEscape(src: Tokenizer, esc: string, digits: number): number {
  const full = esc + src.getwhile(digits, HEXDIGITS);
  if (full.length !== digits + 2) throw src.error(`incomplete escape ${full}`, full.length);
  const v = parseInt(full.slice(2), 16);
  // \U beyond the last code point: chr() fails, and sre reports the escape as bad.
  if (v > 0x10ffff) throw src.error(`bad escape ${full}`, full.length);
  return v;
}

/** \x \u \U \N escapes shared by sets and the pattern body; undefined if `esc` is none of them. */
function codeEscape(src: Tokenizer, esc: string, names: NameLookup): number | undefined {
  const c = esc[1];
  if (c === 'x') return hexEscape(src, esc, 2);
  if (c === 'u') return hexEscape(src, esc, 4);
  if (c === 'U') return hexEscape(src, esc, 8);
  if (c === 'N') {
    if (!src.match('{')) throw src.error('missing {');
    const name = src.getuntil('}', 'character name');
    const v = names(name);
    if (v === null) throw valueError(`\\N{${name}} in a pattern: forkscope knows only common character names`);
    return v;
  }
  return undefined;
}

/** An escape inside [...]: a literal or a category. */
function classEscape(src: Tokenizer, esc: string, names: NameLookup): Code {
  const e = ESCAPES[esc];
  if (e !== undefined) return { op: 'lit', c: e };
  const cat = CAT_ESCAPES[esc];
  if (cat !== undefined) return { op: 'set', item: { op: 'cat', cat } };
  const c = esc[1]!;
  const code = codeEscape(src, esc, names);
  if (code !== undefined) return { op: 'lit', c: code };
  if (OCTDIGITS.includes(c)) {
    const full = esc + src.getwhile(2, OCTDIGITS);
    const v = parseInt(full.slice(1), 8);
    if (v > 0o377) throw src.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
    return { op: 'lit', c: v };
  }
  if (DIGITS.includes(c)) throw src.error(`bad escape ${esc}`, cpLen(esc));
  if (ASCIILETTERS.includes(c)) throw src.error(`bad escape ${esc}`, cpLen(esc));
  return { op: 'lit', c: cp(esc.slice(1)) };
}

/** An escape in the pattern body: a literal, a category set, an anchor or a backreference. */
function escape(src: Tokenizer, esc: string, state: State): Node {
  const names = state.names;
  const at = AT_ESCAPES[esc];
  if (at !== undefined) return { op: 'at', at };
  const cat = CAT_ESCAPES[esc];
  if (cat !== undefined) return { op: 'in', items: [{ op: 'cat', cat }] };
  const e = ESCAPES[esc];
  if (e !== undefined) return { op: 'lit', c: e };
  const c = esc[1]!;
  const code = codeEscape(src, esc, names);
  if (code !== undefined) return { op: 'lit', c: code };
  if (c === '0') {
    const full = esc + src.getwhile(2, OCTDIGITS);
    return { op: 'lit', c: parseInt(full.slice(1), 8) };
  }
  if (DIGITS.includes(c)) {
    let full = esc;
    if (isIn(src.next, DIGITS)) {
      full += src.get();
      if (OCTDIGITS.includes(full[1]!) && OCTDIGITS.includes(full[2]!) && isIn(src.next, OCTDIGITS)) {
        full += src.get();
        const v = parseInt(full.slice(1), 8);
        if (v > 0o377) throw src.error(`octal escape value ${full} outside of range 0-0o377`, full.length);
        return { op: 'lit', c: v };
      }
    }
    const group = parseInt(full.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw src.error('cannot refer to an open group', full.length);
      state.checkLookbehindGroup(group, src);
      return { op: 'ref', group };
    }
    throw src.error(`invalid group reference ${group}`, full.length - 1);
  }
  if (ASCIILETTERS.includes(c)) throw src.error(`bad escape ${esc}`, cpLen(esc));
  return { op: 'lit', c: cp(esc.slice(1)) };
}

/**
 * Groups nested deeper than this are refused as CPython's recursive parser
 * refuses them (at module level it accepts 495 levels and fails at 496).
 */
const MAX_NESTING = 990;

/** An alternation a|b|c. */
function parseSub(src: Tokenizer, state: State, verbose: boolean, nested: number): Seq {
  if (nested > MAX_NESTING) throw new PyLibError('RecursionError', 'maximum recursion depth exceeded');
  const items: Seq[] = [];
  for (;;) {
    items.push(parseSeq(src, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!src.match('|')) break;
    if (nested === 0) verbose = (state.flags & F.VERBOSE) !== 0;
  }
  if (items.length === 1) return items[0]!;
  return new Seq([{ op: 'branch', alts: items }]);
}

function parseSet(src: Tokenizer, here: number, names: NameLookup): Node {
  const set: SetItem[] = [];
  const negate = src.match('^');
  for (;;) {
    const t = src.get();
    if (t === null) throw src.error('unterminated character set', src.tell() - here);
    if (t === ']' && set.length > 0) break;
    let code1: Code = t[0] === '\\' && t.length > 1 ? classEscape(src, t, names) : { op: 'lit', c: cp(t) };
    if (src.match('-')) {
      const that = src.get();
      if (that === null) throw src.error('unterminated character set', src.tell() - here);
      if (that === ']') {
        set.push(code1.op === 'set' ? code1.item : toItem(code1));
        set.push({ op: 'lit', c: 45 });
        break;
      }
      const code2: Code = that[0] === '\\' && that.length > 1 ? classEscape(src, that, names) : { op: 'lit', c: cp(that) };
      if (code1.op !== 'lit' || code2.op !== 'lit') throw src.error(`bad character range ${t}-${that}`, cpLen(t) + 1 + cpLen(that));
      const lo = code1.c;
      const hi = code2.c;
      if (hi < lo) throw src.error(`bad character range ${t}-${that}`, cpLen(t) + 1 + cpLen(that));
      set.push({ op: 'range', lo, hi });
    } else {
      if (code1.op === 'set') set.push(code1.item);
      else set.push(toItem(code1));
    }
  }
  const only = set.length === 1 ? set[0]! : undefined;
  if (only?.op === 'lit') {
    const c = only.c;
    return negate ? { op: 'notlit', c } : { op: 'lit', c };
  }
  return { op: 'in', items: negate ? [{ op: 'negate' }, ...set] : set };
}

function toItem(code: Code): SetItem {
  if (code.op === 'lit') return { op: 'lit', c: code.c };
  if (code.op === 'set') return code.item;
  throw new Error('internal: not a set member');
}

function parseRepeat(src: Tokenizer, seq: Node[], t: string): boolean {
  const here = src.tell();
  let min = 0;
  let max = MAXREPEAT;
  if (t === '?') max = 1;
  else if (t === '+') min = 1;
  else if (t === '{') {
    if (src.next === '}') {
      seq.push({ op: 'lit', c: 123 });
      return true;
    }
    let lo = '';
    let hi = '';
    while (isIn(src.next, DIGITS)) lo += src.get();
    if (src.match(',')) {
      while (isIn(src.next, DIGITS)) hi += src.get();
    } else hi = lo;
    if (!src.match('}')) {
      seq.push({ op: 'lit', c: 123 });
      src.seek(here);
      return true;
    }
    if (lo !== '') {
      min = Number(lo);
      if (min >= MAXREPEAT) throw overflowError('the repetition number is too large');
    }
    if (hi !== '') {
      max = Number(hi);
      if (max >= MAXREPEAT) throw overflowError('the repetition number is too large');
      if (max < min) throw src.error('min repeat greater than max repeat', src.tell() - here);
    }
  }
  const last = seq[seq.length - 1];
  if (last === undefined || last.op === 'at') throw src.error('nothing to repeat', src.tell() - here + 1);
  if (last.op === 'repeat') throw src.error('multiple repeat', src.tell() - here + 1);
  const body = last.op === 'sub' && last.group === null && last.add === 0 && last.del === 0 ? last.body : new Seq([last]);
  const kind = src.match('?') ? 'min' : src.match('+') ? 'poss' : 'max';
  seq[seq.length - 1] = { op: 'repeat', kind, min, max, body };
  return false;
}

/** Inline flags after "(?": returns null for global flags "(?i)", else the scoped [add, del]. */
function parseFlags(src: Tokenizer, state: State, ch: string): [number, number] | null {
  let add = 0;
  let del = 0;
  let c: string | null = ch;
  if (c !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[c!]!;
      if (c === 'L' && !state.bytes) throw src.error("bad inline flags: cannot use 'L' flag with a str pattern");
      if (c === 'u' && state.bytes) throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      add |= flag;
      if (flag & TYPE_FLAGS && (add & TYPE_FLAGS) !== flag) throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      c = src.get();
      if (c === null) throw src.error('missing -, : or )');
      if (c === ')' || c === '-' || c === ':') break;
      if (FLAG_CHARS[c] === undefined) throw src.error(isAlpha(c) ? 'unknown flag' : 'missing -, : or )', cpLen(c));
    }
  }
  if (c === ')') {
    state.flags |= add;
    return null;
  }
  if (add & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn on global flag', 1);
  if (c === '-') {
    c = src.get();
    if (c === null) throw src.error('missing flag');
    if (FLAG_CHARS[c] === undefined) throw src.error(isAlpha(c) ? 'unknown flag' : 'missing flag', cpLen(c));
    for (;;) {
      const flag = FLAG_CHARS[c]!;
      if (flag & TYPE_FLAGS) throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      del |= flag;
      c = src.get();
      if (c === null) throw src.error('missing :');
      if (c === ':') break;
      if (FLAG_CHARS[c] === undefined) throw src.error(isAlpha(c) ? 'unknown flag' : 'missing :', cpLen(c));
    }
  }
  if (del & GLOBAL_FLAGS) throw src.error('bad inline flags: cannot turn off global flag', 1);
  if (add & del) throw src.error('bad inline flags: flag turned on and off', 1);
  return [add, del];
}

const isAlpha = (c: string): boolean => /^\p{L}$/u.test(c);

/** A group or extension starting at "(" (already consumed); pushes onto seq. Returns new verbose. */
function parseGroup(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean, seq: Node[]): boolean {
  const start = src.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let add = 0;
  let del = 0;
  if (src.match('?')) {
    const ch = src.get();
    if (ch === null) throw src.error('unexpected end of pattern');
    if (ch === 'P') {
      if (src.match('<')) {
        name = src.getuntil('>', 'group name');
        src.checkGroupName(name, 1);
      } else if (src.match('=')) {
        const ref = src.getuntil(')', 'group name');
        src.checkGroupName(ref, 1);
        const gid = state.groupIndex.get(ref);
        if (gid === undefined) throw src.error(`unknown group name ${strRepr(ref)}`, cpLen(ref) + 1);
        if (!state.checkGroup(gid)) throw src.error('cannot refer to an open group', cpLen(ref) + 1);
        state.checkLookbehindGroup(gid, src);
        seq.push({ op: 'ref', group: gid });
        return verbose;
      } else {
        const c2 = src.get();
        if (c2 === null) throw src.error('unexpected end of pattern');
        throw src.error(`unknown extension ?P${c2}`, cpLen(c2) + 2);
      }
    } else if (ch === ':') capture = false;
    else if (ch === '#') {
      for (;;) {
        if (src.next === null) throw src.error('missing ), unterminated comment', src.tell() - start);
        if (src.get() === ')') break;
      }
      return verbose;
    } else if (ch === '=' || ch === '!' || ch === '<') {
      let kind = ch;
      let behind = false;
      let saved: number | null = null;
      if (ch === '<') {
        const c2 = src.get();
        if (c2 === null) throw src.error('unexpected end of pattern');
        if (c2 !== '=' && c2 !== '!') throw src.error(`unknown extension ?<${c2}`, cpLen(c2) + 2);
        kind = c2;
        behind = true;
        saved = state.lookbehindGroups;
        if (saved === null) state.lookbehindGroups = state.groups;
      }
      const p = parseSub(src, state, verbose, nested + 1);
      if (behind && saved === null) state.lookbehindGroups = null;
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      seq.push({ op: 'assert', neg: kind === '!', behind, body: p });
      return verbose;
    } else if (ch === '(') {
      const condname = src.getuntil(')', 'group name');
      let condgroup: number;
      if (isidentifier(condname)) {
        const g = state.groupIndex.get(condname);
        if (g === undefined) throw src.error(`unknown group name ${strRepr(condname)}`, cpLen(condname) + 1);
        condgroup = g;
      } else {
        const t = condname.trim();
        if (!/^[+]?[0-9]+(_[0-9]+)*$/.test(t.replace(/^\+/, '+'))) throw src.error(`bad character in group name ${strRepr(condname)}`, cpLen(condname) + 1);
        condgroup = Number(t.replace(/_/g, ''));
        if (condgroup === 0) throw src.error('bad group number', cpLen(condname) + 1);
        if (condgroup >= MAXGROUPS) throw src.error(`invalid group reference ${condgroup}`, cpLen(condname) + 1);
        if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, src.tell() - cpLen(condname) - 1);
      }
      state.checkLookbehindGroup(condgroup, src);
      const yes = parseSeq(src, state, verbose, nested + 1, false);
      let no: Seq | null = null;
      if (src.match('|')) {
        no = parseSeq(src, state, verbose, nested + 1, false);
        if (src.next === '|') throw src.error('conditional backref with more than two branches');
      }
      if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
      seq.push({ op: 'refexists', group: condgroup, yes, no });
      return verbose;
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (FLAG_CHARS[ch] !== undefined || ch === '-') {
      const flags = parseFlags(src, state, ch);
      if (flags === null) {
        if (!first || seq.length > 0) throw src.error('global flags not at the start of the expression', src.tell() - start);
        return (state.flags & F.VERBOSE) !== 0;
      }
      [add, del] = flags;
      capture = false;
    } else throw src.error(`unknown extension ?${ch}`, cpLen(ch) + 1);
  }
  let group: number | null = null;
  if (capture) {
    try {
      group = state.openGroup(name);
    } catch (e) {
      if (e instanceof RegexError) throw src.error(e.msg, cpLen(name ?? '') + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (add & F.VERBOSE) !== 0) && (del & F.VERBOSE) === 0;
  const p = parseSub(src, state, subVerbose, nested + 1);
  if (!src.match(')')) throw src.error('missing ), unterminated subpattern', src.tell() - start);
  if (group !== null) state.closeGroup(group, p);
  if (atomic) seq.push({ op: 'atomic', body: p });
  else seq.push({ op: 'sub', group, add, del, body: p });
  return verbose;
}

/** One branch: a sequence of items up to "|" or ")". */
function parseSeq(src: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Seq {
  const seq: Node[] = [];
  for (;;) {
    const t = src.next;
    if (t === null || t === '|' || t === ')') break;
    src.get();
    if (verbose) {
      if (isIn(t, WHITESPACE)) continue;
      if (t === '#') {
        for (;;) {
          const c = src.get();
          if (c === null || c === '\n') break;
        }
        continue;
      }
    }
    if (t[0] === '\\' && t.length > 1) seq.push(escape(src, t, state));
    else if (!SPECIAL.includes(t)) seq.push({ op: 'lit', c: cp(t) });
    else if (t === '[') seq.push(parseSet(src, src.tell() - 1, state.names));
    else if (REPEAT_CHARS.includes(t)) parseRepeat(src, seq, t);
    else if (t === '.') seq.push({ op: 'any' });
    else if (t === '(') verbose = parseGroup(src, state, verbose, nested, first, seq);
    else if (t === '^') seq.push({ op: 'at', at: At.Beginning });
    else if (t === '$') seq.push({ op: 'at', at: At.End });
    else throw new Error(`internal: unhandled regex character ${t}`);
  }
  // Non-capturing groups without flags are spliced into their parent.
  const out: Node[] = [];
  for (const n of seq) {
    if (n.op === 'sub' && n.group === null && n.add === 0 && n.del === 0) out.push(...n.body.items);
    else out.push(n);
  }
  return new Seq(out);
}

/** Parses a str pattern with the given flags (re.compile's second argument). */
export function parse(pattern: string, flags: number, names: NameLookup, bytes = false): Parsed {
  const src = new Tokenizer(pattern);
  const state = new State(names, bytes);
  state.flags = flags;
  const seq = parseSub(src, state, (flags & F.VERBOSE) !== 0, 0);
  let f = state.flags;
  if (bytes) {
    if (f & F.UNICODE) throw valueError('cannot use UNICODE flag with a bytes pattern');
    if (f & F.LOCALE && f & F.ASCII) throw valueError('ASCII and LOCALE flags are incompatible');
  } else {
    if (f & F.LOCALE) throw valueError('cannot use LOCALE flag with a str pattern');
    if (!(f & F.ASCII)) f |= F.UNICODE;
    else if (f & F.UNICODE) throw valueError('ASCII and UNICODE flags are incompatible');
  }
  if (src.next !== null) throw src.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new RegexError(`invalid group reference ${g}`, pos);
  }
  return { seq, flags: f, groups: state.groups, groupIndex: state.groupIndex, groupWidths: state.groupWidths };
}
