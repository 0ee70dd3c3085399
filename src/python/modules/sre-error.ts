/**
 * re.error (CPython: `re.error(msg, pattern, pos)`, printed as
 * "msg at position N", with "(line L, column C)" when the pattern has several
 * lines) and the replacement-template cache both re.Pattern and re.Match use.
 */
import { E, type PyBaseException, newExc, typeErr } from '../objects/exceptions.js';
import { PyClass, type PyObject, type Value, c3 } from '../objects/object.js';
import { PyDict } from '../objects/dict.js';
import { PyBytes } from '../objects/bytes.js';
import { T, typeOf } from '../objects/types.js';
import { RegexError } from '../lib/regex/syntax.js';
import { type Template, parseTemplate } from '../lib/regex/template.js';
import { strValue } from '../types/str.js';

/** What templates and matches need to know of a compiled pattern (sre.ts: PyPattern). */
export interface PatternLike extends PyObject {
  readonly pattern: Value;
  /** Capturing groups, not counting group 0. */
  readonly groups: number;
  readonly groupIndex: Map<string, number>;
  readonly bytes: boolean;
}

export const errorClass = new PyClass(T.type!, 'error', [E.Exception!], new PyDict(), 're', 'error', true, null);
errorClass.mro = c3(errorClass, [E.Exception!])!;

/** A re.error with CPython's attributes (msg, pattern, pos, lineno, colno). */
export function reError(msg: string, pattern: Value, pos: number | null): PyBaseException {
  let text = msg;
  let lineno: Value = null;
  let colno: Value = null;
  const src = typeof pattern === 'string' ? pattern : pattern instanceof PyBytes ? String.fromCharCode(...pattern.data) : null;
  if (src !== null && pos !== null) {
    text = `${msg} at position ${pos}`;
    const before = Array.from(src).slice(0, pos);
    lineno = before.filter((c) => c === '\n').length + 1;
    colno = pos - before.lastIndexOf('\n');
    if (src.includes('\n')) text = `${text} (line ${lineno}, column ${colno})`;
  }
  const e = newExc(errorClass, [text]);
  e.dict!.setStr('msg', msg);
  e.dict!.setStr('pattern', pattern);
  e.dict!.setStr('pos', pos);
  e.dict!.setStr('lineno', lineno);
  e.dict!.setStr('colno', colno);
  return e;
}

/** Converts a RegexError from the engine into re.error for `pattern`. */
export function asReError(e: unknown, pattern: Value): unknown {
  return e instanceof RegexError ? reError(e.msg, pattern, e.pos) : e;
}

const templates = new Map<string, Template>();

/** The parsed replacement template `repl` for pattern p (re.error on a bad one). */
export function templateFor(p: PatternLike, repl: Value): Template {
  let text: string | undefined;
  if (p.bytes) {
    if (!(repl instanceof PyBytes)) throw typeErr(`expected a bytes-like object, ${typeOf(repl).name} found`);
    text = String.fromCharCode(...repl.data);
  } else {
    text = strValue(repl);
    if (text === undefined) throw typeErr(`expected str instance, ${typeOf(repl).name} found`);
  }
  const key = `${p.groups}\u0000${[...p.groupIndex].join(',')}\u0000${text}`;
  let t = templates.get(key);
  if (t === undefined) {
    try {
      t = parseTemplate(text, p.groups, p.groupIndex);
    } catch (e) {
      throw asReError(e, repl);
    }
    if (templates.size > 512) templates.clear();
    templates.set(key, t);
  }
  return t;
}
