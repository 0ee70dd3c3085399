/**
 * The text CPython 3.11 prints for an uncaught exception: chained tracebacks
 * (cause / context), `File "x.py", line N, in f` with the source line, carets
 * where 3.11 prints them, and the last line with "Did you mean" suggestions.
 */
import type { Gen } from '../objects/coro.js';
import { E, PyBaseException, type TbEntry } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import type { Frame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { reprCo, strCo } from './repr.js';
import { dirOf } from './dir.js';
import { caretLine } from './carets.js';

/**
 * How many entries (the innermost) CPython's own printer shows of a traceback: the
 * interpreter's report of an uncaught exception, a thread's, an unraisable one
 * (Python/traceback.c, PyTraceBack_LIMIT; the `traceback` module shows them all).
 */
export const TB_PRINT_LIMIT = 1000;

/** An exception's report; `limit`: at most that many entries of each traceback (the innermost). */
export function* formatException(th: Thread, exc: PyBaseException, limit = Infinity): Gen<string> {
  return yield* formatChain(th, exc, new Set(), limit);
}

function* formatChain(th: Thread, exc: PyBaseException, seen: Set<PyBaseException>, limit: number): Gen<string> {
  seen.add(exc);
  let out = '';
  if (exc.cause !== null && !seen.has(exc.cause)) {
    out += yield* formatChain(th, exc.cause, seen, limit);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context !== null && !exc.suppressContext && !seen.has(exc.context)) {
    out += yield* formatChain(th, exc.context, seen, limit);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (exc.tb.length > 0) out += 'Traceback (most recent call last):\n' + formatTb(th, exc.tb, limit);
  out += yield* excLine(th, exc);
  return out;
}

/** The `File ..., line ..., in ...` lines, outermost first (of the innermost `limit` entries). */
export function formatTb(th: Thread, tb: TbEntry[], limit = Infinity): string {
  let out = '';
  let last = '';
  let repeat = 0;
  const flush = (): void => {
    if (repeat > 3) out += `  [Previous line repeated ${repeat - 3} more time${repeat - 3 === 1 ? '' : 's'}]\n`;
  };
  for (let i = Math.min(tb.length, limit) - 1; i >= 0; i--) {
    const e = tb[i]!;
    let entry = `  File "${e.code.filename}", line ${e.line}, in ${e.code.name}\n`;
    const src = th.interp.sourceLine(e.code.filename, e.line);
    if (src !== null && src.trim() !== '') entry += `    ${src.trim()}\n${carets(e, src)}`;
    if (entry === last) {
      repeat++;
      if (repeat <= 3) out += entry;
      continue;
    }
    flush();
    last = entry;
    repeat = 1;
    out += entry;
  }
  flush();
  return out;
}

/** 3.11's `^^^^` (or `~~^~~`) line under the failing part of the line. */
function carets(e: TbEntry, src: string): string {
  const s = e.code.spans;
  const i = e.ip * 4;
  const line = s[i];
  if (line === undefined || line !== e.line) return '';
  return caretLine(src, s[i + 1]!, s[i + 3]!, s[i + 2] !== line);
}

/**
 * What CPython's default sys.unraisablehook writes for an exception nobody can
 * catch (a thread's callable, an atexit callback): "Exception ignored <msg>:
 * <repr(obj)>", the traceback without chained exceptions, and the exception's
 * type (module-qualified) and str, joined by ": " even when the str is empty.
 */
export function* unraisable(th: Thread, msg: string, obj: Value, exc: PyBaseException): Gen<string> {
  let out = `Exception ignored ${msg}: ${yield* guardedStr(th, obj, true, '<object repr() failed>')}\n`;
  if (exc.tb.length > 0) out += 'Traceback (most recent call last):\n' + formatTb(th, exc.tb, TB_PRINT_LIMIT);
  return `${out}${excTypeName(exc)}: ${yield* guardedStr(th, exc, false, '<exception str() failed>')}\n`;
}

/** repr(v) or str(v); `failed` when that raises a Python exception. */
function* guardedStr(th: Thread, v: Value, repr: boolean, failed: string): Gen<string> {
  try {
    return repr ? yield* reprCo(th, v) : yield* strCo(th, v);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return failed;
  }
}

/** An exception's type as tracebacks name it: `ValueError`, `_queue.Empty`. */
function excTypeName(exc: PyBaseException): string {
  const mod = exc.cls.builtin ? exc.cls.module : exc.cls.ns.getStr('__module__');
  return typeof mod === 'string' && mod !== 'builtins' && mod !== '__main__' ? `${mod}.${exc.cls.qualname}` : exc.cls.qualname;
}

/**
 * `ValueError: bad`, `_queue.Empty`, with CPython's suggestions for name errors,
 * the source block of a SyntaxError, and the exception's notes (add_note) after it.
 */
export function* excLine(th: Thread, exc: PyBaseException): Gen<string> {
  const name = excTypeName(exc);
  const msg = exc.cls.isSubclassOf(E.SyntaxError!) ? exc.dict?.getStr('msg') : undefined;
  const syntax = msg !== undefined && msg !== null;
  const block = syntax ? syntaxBlock(exc) : '';
  let text = yield* guardedStr(th, syntax ? msg : exc, false, '<exception str() failed>');
  text += suggestion(th, exc);
  let out = block + (text === '' ? `${name}\n` : `${name}: ${text}\n`);
  const notes = exc.dict?.getStr('__notes__');
  if (notes instanceof PyList || notes instanceof PyTuple) {
    for (const note of notes.items) out += `${yield* guardedStr(th, note, false, '<note str() failed>')}\n`;
  }
  return out;
}

/** A SyntaxError's `File "x", line N`, source line and carets (CPython's print_exception). */
function syntaxBlock(exc: PyBaseException): string {
  const d = exc.dict!;
  const file = d.getStr('filename');
  const line = d.getStr('lineno');
  let out = typeof line === 'number' ? `  File "${typeof file === 'string' ? file : '<string>'}", line ${line}\n` : '';
  const text = d.getStr('text');
  if (typeof text !== 'string') return out;
  const rtext = text.replace(/\n+$/, '');
  const ltext = rtext.replace(/^[ \n\f]+/, '');
  const spaces = rtext.length - ltext.length;
  out += `    ${ltext}\n`;
  const offset = d.getStr('offset');
  if (typeof offset !== 'number') return out;
  const endRaw = d.getStr('end_offset');
  let end = typeof endRaw === 'number' && endRaw !== 0 ? endRaw : offset;
  if (offset === end || end === -1) end = offset + 1;
  const col = offset - 1 - spaces;
  if (col >= 0) out += `    ${ltext.slice(0, col).replace(/\S/g, ' ')}${'^'.repeat(Math.max(0, end - 1 - spaces - col))}\n`;
  return out;
}

function suggestion(th: Thread, exc: PyBaseException): string {
  const wrong = exc.dict!.getStr('name');
  if (typeof wrong !== 'string') return '';
  if (exc.cls === E.NameError) {
    const f = exc.tb[0]?.frame as Frame | undefined;
    if (!f) return '';
    const groups: string[][] = [localNames(f), f.globals.keys().filter((k): k is string => typeof k === 'string'), th.interp.builtins.keys().filter((k): k is string => typeof k === 'string')];
    for (const g of groups) {
      const s = suggest(g, wrong);
      if (s !== null) return `. Did you mean: '${s}'?`;
    }
    return '';
  }
  if (exc.cls === E.AttributeError) {
    const obj = exc.dict!.getStr('obj');
    if (obj === undefined) return '';
    const s = suggest(dirOf(th, obj as Value), wrong);
    return s !== null ? `. Did you mean: '${s}'?` : '';
  }
  return '';
}

function localNames(f: Frame): string[] {
  if (f.locals !== null) return f.locals.keys().filter((k): k is string => typeof k === 'string');
  const out: string[] = [];
  f.code.varnames.forEach((n, i) => {
    if (f.regs[i] !== undefined) out.push(n);
  });
  return out;
}

const MAX_CANDIDATES = 750;
const MAX_STRING = 40;
const MOVE = 2;

/** Python/suggestions.c: the closest name within a third of the characters, or null. */
export function suggest(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATES) return null;
  const a = new TextEncoder().encode(name);
  if (a.length > MAX_STRING) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const b = new TextEncoder().encode(item);
    let max = Math.floor(((a.length + b.length + 3) * MOVE) / 6);
    max = Math.min(max, bestDist - 1);
    const d = levenshtein(a, b, max);
    if (d > max) continue;
    if (best === null || d < bestDist) {
      best = item;
      bestDist = d;
    }
  }
  return best;
}

const lowerByte = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const subst = (x: number, y: number): number => (x === y ? 0 : lowerByte(x) === lowerByte(y) ? 1 : MOVE);

function levenshtein(a0: Uint8Array, b0: Uint8Array, max: number): number {
  let a = a0;
  let b = b0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.subarray(s);
  b = b.subarray(s);
  let ea = a.length;
  let eb = b.length;
  while (ea > 0 && eb > 0 && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  a = a.subarray(0, ea);
  b = b.subarray(0, eb);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE;
  if (a.length > MAX_STRING || b.length > MAX_STRING) return max + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > max) return max + 1;
  const buf: number[] = [];
  for (let i = 0, t = MOVE; i < a.length; i++, t += MOVE) buf.push(t);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * MOVE);
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + subst(code, a[i]!);
      distance = buf[i]!;
      const insdel = Math.min(result, distance) + MOVE;
      result = Math.min(insdel, substitute);
      buf[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}
