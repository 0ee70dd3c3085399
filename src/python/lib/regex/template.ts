/**
 * Replacement templates of re.sub and Match.expand (re/_parser.py:
 * parse_template): literal text with \1, \g<1>, \g<name> group references and
 * the usual character escapes, with CPython's errors.
 */
import { indexError } from '../errors.js';
import { isidentifier } from '../strcase.js';
import { strRepr } from '../strrepr.js';
import { Tokenizer, cpLen } from './tokenizer.js';
import { MAXGROUPS } from './syntax.js';

/** Literal chunks and group numbers, in order. */
export type Template = (string | number)[];

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ESCAPES: Record<string, string> = { '\\a': '\x07', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r', '\\t': '\t', '\\v': '\v', '\\\\': '\\' };

const isIn = (t: string | null, set: string): boolean => t !== null && t.length === 1 && set.includes(t);

/**
 * Parses `repl` for a pattern with `groups` capturing groups. Throws RegexError
 * (re.error, positions in `repl`) or PyLibError (IndexError for unknown names).
 */
export function parseTemplate(repl: string, groups: number, groupIndex: Map<string, number>): Template {
  const s = new Tokenizer(repl);
  const out: Template = [];
  let lit = '';
  const addGroup = (index: number, pos: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, pos);
    if (lit !== '') out.push(lit);
    lit = '';
    out.push(index);
  };
  for (;;) {
    let t = s.get();
    if (t === null) break;
    if (t[0] !== '\\' || t.length === 1) {
      lit += t;
      continue;
    }
    const c = t[1]!;
    if (c === 'g') {
      if (!s.match('<')) throw s.error('missing <');
      const name = s.getuntil('>', 'group name');
      let index: number;
      if (isidentifier(name)) {
        const g = groupIndex.get(name);
        if (g === undefined) throw indexError(`unknown group name ${strRepr(name)}`);
        index = g;
      } else {
        if (!/^\s*\+?[0-9]+(_[0-9]+)*\s*$/.test(name)) throw s.error(`bad character in group name ${strRepr(name)}`, cpLen(name) + 1);
        index = Number(name.replace(/[\s_+]/g, ''));
        if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, cpLen(name) + 1);
      }
      addGroup(index, cpLen(name) + 1);
    } else if (c === '0') {
      if (isIn(s.next, OCTDIGITS)) {
        t += s.get();
        if (isIn(s.next, OCTDIGITS)) t += s.get();
      }
      lit += String.fromCodePoint(parseInt(t.slice(1), 8) & 0xff);
    } else if (DIGITS.includes(c)) {
      let octal = false;
      if (isIn(s.next, DIGITS)) {
        t += s.get();
        if (OCTDIGITS.includes(c) && OCTDIGITS.includes(t[2]!) && isIn(s.next, OCTDIGITS)) {
          t += s.get();
          octal = true;
          const v = parseInt(t.slice(1), 8);
          if (v > 0o377) throw s.error(`octal escape value ${t} outside of range 0-0o377`, t.length);
          lit += String.fromCodePoint(v);
        }
      }
      if (!octal) addGroup(Number(t.slice(1)), t.length - 1);
    } else {
      const e = ESCAPES[t];
      if (e !== undefined) lit += e;
      else if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${t}`, cpLen(t));
      else lit += t;
    }
  }
  if (lit !== '') out.push(lit);
  return out;
}

/** The template's text for a match, given each group's text (null when unmatched → ''). */
export function expandTemplate(t: Template, group: (g: number) => string | null): string {
  let out = '';
  for (const part of t) out += typeof part === 'string' ? part : group(part) ?? '';
  return out;
}
