/**
 * _sre: compiled patterns (re.Pattern) on top of the engine in lib/regex. The
 * public re module (stdlib/re.py) adds flags, the cache and the module-level
 * functions.
 *
 * Matching charges the thread's instruction budget one instruction per engine
 * step and, when the budget runs out mid-match, pauses (the kernel may switch
 * tasks) and resumes the same search on the next run: a catastrophic pattern
 * costs virtual time and can be preempted, never freezes the simulator.
 */
import { NotImplemented, builtinClass } from '../objects/boot.js';
import { Coro, type Gen, type Kw, callReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { typeErr } from '../objects/exceptions.js';
import { PyBuiltin, PyFunction, PyMethod } from '../objects/function.js';
import { CallableIter } from '../objects/iterators.js';
import { fn, getsets, methods, params } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { intValue } from '../types/numbers.js';
import { strValue } from '../types/str.js';
import { compileRegex } from '../lib/regex/compile.js';
import { Machine, Mode, Status } from '../lib/regex/machine.js';
import { Subject } from '../lib/regex/subject.js';
import type { Program } from '../lib/regex/program.js';
import { Scanner, clampBounds } from '../lib/regex/scan.js';
import { F, MAXGROUPS, MAXREPEAT } from '../lib/regex/syntax.js';
import { expandTemplate } from '../lib/regex/template.js';
import { reprCo } from '../runtime/repr.js';
import { runSync } from '../runtime/dunder.js';
import { unicodeName } from '../parse/strings.js';
import type { Interpreter } from '../objects/interpreter.js';
import type { Thread } from '../objects/thread.js';
import { PyMatch, latin1Bytes, matchClass, truncate } from './sre-match.js';
import { type PatternLike, asReError, errorClass, templateFor } from './sre-error.js';

export class PyPattern extends PyObject implements PatternLike {
  constructor(
    readonly pattern: Value,
    /** The pattern as text (bytes decoded as Latin-1). */
    readonly text: string,
    readonly flags: number,
    readonly groups: number,
    readonly groupIndex: Map<string, number>,
    readonly bytes: boolean,
  ) {
    super(patternClass);
  }
}

export const patternClass = builtinClass('re.Pattern', T.object, null, 're', 'Pattern');
delete T['re.Pattern'];
const scannerClass = builtinClass('_sre.SRE_Scanner', T.object, null, '_sre', 'SRE_Scanner');
delete T['_sre.SRE_Scanner'];

/**
 * Compiled programs by (flags, kind, pattern), shared by every process: a
 * program is immutable, so heaps (and fork copies) hold only the pattern text.
 */
const programs = new Map<string, Program>();

function programOf(p: PyPattern): Program {
  const key = `${p.flags}:${p.bytes ? 'b' : 's'}:${p.text}`;
  let prog = programs.get(key);
  if (prog === undefined) {
    prog = compileRegex(p.text, p.flags, lookupName, p.bytes);
    if (programs.size >= 1024) programs.clear();
    programs.set(key, prog);
  }
  return prog;
}

const lookupName = (name: string): number | null => {
  const ch = unicodeName(name);
  return ch === null ? null : ch.codePointAt(0)!;
};

/** _sre.compile(pattern, flags): re.error for a bad pattern. */
function compile(pattern: Value, flags: number): PyPattern {
  const bytes = pattern instanceof PyBytes;
  const text = bytes ? String.fromCharCode(...(pattern as PyBytes).data) : strValue(pattern);
  if (text === undefined) throw typeErr('first argument must be string or compiled pattern');
  let prog: Program;
  try {
    prog = compileRegex(text, flags, lookupName, bytes);
  } catch (e) {
    throw asReError(e, pattern);
  }
  const p = new PyPattern(pattern, text, prog.flags, prog.groups - 1, prog.groupIndex, bytes);
  programs.set(`${p.flags}:${bytes ? 'b' : 's'}:${text}`, prog);
  return p;
}

const pat = (v: Value): PyPattern => {
  if (!(v instanceof PyPattern)) throw typeErr(`descriptor requires a 're.Pattern' object but received a '${typeOf(v).name}'`);
  return v;
};

/** The subject string for pattern p, as text (CPython's getstring checks). */
function subjectText(p: PyPattern, v: Value): string {
  if (v instanceof PyBytes) {
    if (!p.bytes) throw typeErr('cannot use a string pattern on a bytes-like object');
    return String.fromCharCode(...v.data);
  }
  const s = strValue(v);
  if (s === undefined) throw typeErr(`expected string or bytes-like object, got '${typeOf(v).name}'`);
  if (p.bytes) throw typeErr('cannot use a bytes pattern on a string-like object');
  return s;
}

function index(v: Value | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const i = intValue(v);
  if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return typeof i === 'bigint' ? (i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : i;
}

let lastSubject: Subject | null = null;

/**
 * The code points of a subject, reusing the last one: loops that call
 * pattern.match(s, pos) on one long string would otherwise convert it each time.
 */
function subjectOf(text: string): Subject {
  if (lastSubject === null || lastSubject.str !== text) lastSubject = new Subject(text);
  return lastSubject;
}

/** A no-op the matcher calls to end the VM's run when the budget is spent (see the file comment). */
const pause = fn('_pause', () => null, '_sre');

/** Runs `step` to an answer, charging its engine steps to the thread and pausing at the budget's end. */
function* drive(th: Thread, m: Machine, step: (quota: number) => Status): Gen<Status> {
  for (;;) {
    const before = m.steps;
    const st = step(Math.max(th.left, 1));
    th.left -= m.steps - before;
    if (st !== Status.Paused) return st;
    yield callReq(pause, []);
  }
}

/** The match the machine found, as a re.Match. */
function matchOf(p: PyPattern, string: Value, text: string, pos: number, endpos: number, m: Machine): PyMatch {
  const regs = [m.matchStart, m.matchEnd];
  for (let g = 1; g <= p.groups; g++) {
    const a = m.caps[2 * (g - 1)]!;
    const b = m.caps[2 * (g - 1) + 1]!;
    if (a >= 0 && b >= 0) regs.push(a, b);
    else regs.push(-1, -1);
  }
  return new PyMatch(p, string, text, pos, endpos, regs, m.lastindex);
}

function* matchAt(th: Thread, p: PyPattern, string: Value, pos: number, endpos: number, mode: Mode): Gen {
  const text = subjectText(p, string);
  const subject = subjectOf(text);
  const [a, b] = clampBounds(subject.length, pos, endpos);
  const m = new Machine(programOf(p), subject, b);
  m.begin(a, mode, false);
  const st = yield* drive(th, m, (q) => m.run(q));
  return st === Status.Match ? matchOf(p, string, text, a, b, m) : null;
}

/** Every match from pos to endpos (at most `limit`, 0 = all), in order. */
function* scanAll(th: Thread, p: PyPattern, text: string, pos: number, endpos: number, limit: number, each: (m: Machine) => Gen<void> | void): Gen<number> {
  const subject = subjectOf(text);
  const [a, b] = clampBounds(subject.length, pos, endpos);
  const sc = new Scanner(programOf(p), subject, a, b);
  let n = 0;
  while (limit <= 0 || n < limit) {
    const st = yield* drive(th, sc.machine, (q) => sc.next(q));
    if (st !== Status.Match) break;
    n++;
    const r = each(sc.machine);
    if (r !== undefined) yield* r;
  }
  return n;
}

const slice = (text: string, subject: Subject, a: number, b: number): string => (subject.length === text.length ? text.slice(a, b) : subject.slice(a, b));

function* findall(th: Thread, p: PyPattern, string: Value, pos: number, endpos: number): Gen {
  const text = subjectText(p, string);
  const subject = subjectOf(text);
  const out: Value[] = [];
  const grp = (m: Machine, g: number): Value => {
    const a = g === 0 ? m.matchStart : m.caps[2 * (g - 1)]!;
    const b = g === 0 ? m.matchEnd : m.caps[2 * (g - 1) + 1]!;
    const t = a >= 0 && b >= 0 ? slice(text, subject, a, b) : '';
    return p.bytes ? latin1Bytes(t) : t;
  };
  yield* scanAll(th, p, text, pos, endpos, 0, (m) => {
    if (p.groups <= 1) out.push(grp(m, p.groups));
    else {
      const items: Value[] = [];
      for (let g = 1; g <= p.groups; g++) items.push(grp(m, g));
      out.push(new PyTuple(items));
    }
  });
  return new PyList(out);
}

const isCallable = (v: Value): boolean =>
  v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyClass || typeOf(v).lookup('__call__') !== undefined;

/** sub and subn: the new string and the number of replacements. */
function* subx(th: Thread, p: PyPattern, repl: Value, string: Value, count: number): Gen<[Value, number]> {
  const text = subjectText(p, string);
  const subject = subjectOf(text);
  let literal: Value | null = null;
  let template: ReturnType<typeof templateFor> | null = null;
  const callable = isCallable(repl);
  if (!callable) {
    const r = p.bytes ? (repl instanceof PyBytes ? String.fromCharCode(...repl.data) : undefined) : strValue(repl);
    if (r === undefined && !(repl instanceof PyBytes) && strValue(repl) === undefined) {
      throw typeErr(`${p.bytes ? 'expected a bytes-like object' : 'decoding to str: need a bytes-like object'}, ${typeOf(repl).name} found`);
    }
    if (r !== undefined && r.includes('\\')) template = templateFor(p, repl);
    else literal = repl;
  }
  const pieces: Value[] = [];
  let last = 0;
  const n = yield* scanAll(th, p, text, 0, subject.length, count, function* (m) {
    if (last < m.matchStart) pieces.push(out(p, slice(text, subject, last, m.matchStart)));
    let item: Value;
    if (callable) item = yield callReq(repl, [matchOf(p, string, text, 0, subject.length, m)]);
    else if (template !== null) {
      const mm = matchOf(p, string, text, 0, subject.length, m);
      item = out(p, expandTemplate(template, (g) => mm.groupText(g)));
    } else item = literal!;
    if (item !== null) pieces.push(item);
    last = m.matchEnd;
  });
  if (last < subject.length) pieces.push(out(p, slice(text, subject, last, subject.length)));
  return [join(p, pieces), n];
}

const out = (p: PyPattern, t: string): Value => (p.bytes ? latin1Bytes(t) : t);

/** ''.join(pieces) (or b''.join) with str.join's error for a wrong item. */
function join(p: PyPattern, pieces: Value[]): Value {
  let s = '';
  pieces.forEach((v, i) => {
    if (p.bytes) {
      if (!(v instanceof PyBytes)) throw typeErr(`sequence item ${i}: expected a bytes-like object, ${typeOf(v).name} found`);
      s += String.fromCharCode(...v.data);
    } else {
      const t = strValue(v);
      if (t === undefined) throw typeErr(`sequence item ${i}: expected str instance, ${typeOf(v).name} found`);
      s += t;
    }
  });
  return out(p, s);
}

function* split(th: Thread, p: PyPattern, string: Value, maxsplit: number): Gen {
  const text = subjectText(p, string);
  const subject = subjectOf(text);
  const items: Value[] = [];
  let last = 0;
  yield* scanAll(th, p, text, 0, subject.length, maxsplit, (m) => {
    items.push(out(p, slice(text, subject, last, m.matchStart)));
    for (let g = 1; g <= p.groups; g++) {
      const a = m.caps[2 * (g - 1)]!;
      const b = m.caps[2 * (g - 1) + 1]!;
      items.push(a >= 0 && b >= 0 ? out(p, slice(text, subject, a, b)) : null);
    }
    last = m.matchEnd;
  });
  items.push(out(p, slice(text, subject, last, subject.length)));
  return new PyList(items);
}

/** Pattern.scanner(): successive matches of one subject (what finditer iterates over). */
class PyScanner extends PyObject {
  private readonly subject: Subject;
  private readonly scanner: Scanner;
  private readonly bounds: [number, number];
  constructor(
    readonly pattern: PyPattern,
    readonly string: Value,
    readonly text: string,
    pos: number,
    endpos: number,
  ) {
    super(scannerClass);
    this.subject = subjectOf(text);
    this.bounds = clampBounds(this.subject.length, pos, endpos);
    this.scanner = new Scanner(programOf(pattern), this.subject, this.bounds[0], this.bounds[1]);
  }

  *search(th: Thread): Gen {
    const st = yield* drive(th, this.scanner.machine, (q) => this.scanner.next(q));
    return st === Status.Match ? matchOf(this.pattern, this.string, this.text, this.bounds[0], this.bounds[1], this.scanner.machine) : null;
  }
}

const bounds = (name: string, a: Value[], kw: Kw | null): [Value, number, number] => {
  const [s, pos, endpos] = params(name, a, kw, ['string', 'pos', 'endpos'], 1, 1);
  return [s!, index(pos, 0), index(endpos, Number.MAX_SAFE_INTEGER)];
};

methods(patternClass, {
  match: (th, a, kw) => new Coro(matchAt(th, pat(a[0]!), ...bounds('match', a, kw), Mode.Match)),
  fullmatch: (th, a, kw) => new Coro(matchAt(th, pat(a[0]!), ...bounds('fullmatch', a, kw), Mode.FullMatch)),
  search: (th, a, kw) => new Coro(matchAt(th, pat(a[0]!), ...bounds('search', a, kw), Mode.Search)),
  findall: (th, a, kw) => new Coro(findall(th, pat(a[0]!), ...bounds('findall', a, kw))),
  scanner: (_th, a, kw) => {
    const p = pat(a[0]!);
    const [s, pos, endpos] = bounds('scanner', a, kw);
    return new PyScanner(p, s, subjectText(p, s), pos, endpos);
  },
  finditer: (_th, a, kw) => {
    const p = pat(a[0]!);
    const [s, pos, endpos] = bounds('finditer', a, kw);
    const sc = new PyScanner(p, s, subjectText(p, s), pos, endpos);
    return new CallableIter(new PyMethod(scannerClass.ns.getStr('search')!, sc), null);
  },
  sub: (th, a, kw) => {
    const [repl, s, count] = params('sub', a, kw, ['repl', 'string', 'count'], 1, 2);
    return new Coro((function* () { return (yield* subx(th, pat(a[0]!), repl!, s!, index(count, 0)))[0]; })());
  },
  subn: (th, a, kw) => {
    const [repl, s, count] = params('subn', a, kw, ['repl', 'string', 'count'], 1, 2);
    return new Coro((function* () { return new PyTuple(yield* subx(th, pat(a[0]!), repl!, s!, index(count, 0))); })());
  },
  split: (th, a, kw) => {
    const [s, maxsplit] = params('split', a, kw, ['string', 'maxsplit'], 1, 1);
    return new Coro(split(th, pat(a[0]!), s!, index(maxsplit, 0)));
  },
  __repr__: (th, a) => runSync(patternRepr(th, pat(a[0]!))),
  __eq__: (_th, a) => {
    const p = pat(a[0]!);
    const q = a[1];
    if (!(q instanceof PyPattern)) return NotImplemented;
    return p.flags === q.flags && p.bytes === q.bytes && p.text === q.text;
  },
  __hash__: (_th, a) => hashString(pat(a[0]!).text) ^ pat(a[0]!).flags,
  __copy__: (_th, a) => pat(a[0]!),
  __deepcopy__: (_th, a) => pat(a[0]!),
});

getsets(patternClass, {
  pattern: (_th, p) => pat(p).pattern,
  flags: (_th, p) => pat(p).flags,
  groups: (_th, p) => pat(p).groups,
  groupindex: (_th, v) => {
    const d = new PyDict();
    for (const [k, g] of pat(v).groupIndex) d.setStr(k, g);
    return d;
  },
});

methods(scannerClass, {
  search: (th, a) => new Coro((a[0] as PyScanner).search(th)),
});
getsets(scannerClass, { pattern: (_th, s) => (s as PyScanner).pattern });

const FLAG_NAMES: [string, number][] = [
  ['re.TEMPLATE', F.TEMPLATE],
  ['re.IGNORECASE', F.IGNORECASE],
  ['re.LOCALE', F.LOCALE],
  ['re.MULTILINE', F.MULTILINE],
  ['re.DOTALL', F.DOTALL],
  ['re.UNICODE', F.UNICODE],
  ['re.VERBOSE', F.VERBOSE],
  ['re.DEBUG', F.DEBUG],
  ['re.ASCII', F.ASCII],
];

function* patternRepr(th: Thread, p: PyPattern): Gen<string> {
  const r = truncate(yield* reprCo(th, p.pattern), 200);
  let flags = p.flags;
  if (!p.bytes && (flags & (F.LOCALE | F.UNICODE | F.ASCII)) === F.UNICODE) flags &= ~F.UNICODE;
  if (flags === 0) return `re.compile(${r})`;
  const names: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) {
      names.push(name);
      flags &= ~bit;
    }
  }
  if (flags !== 0) names.push(`0x${flags.toString(16)}`);
  return `re.compile(${r}, ${names.join('|')})`;
}

function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

export function makeSre(_interp: Interpreter): PyModule {
  const m = new PyModule('_sre');
  m.ns.setStr('compile', fn('compile', (_th, a, kw) => {
    const [p, flags] = params('compile', a, kw, ['pattern', 'flags'], 0, 1);
    return compile(p!, index(flags, 0));
  }, '_sre'));
  m.ns.setStr('Pattern', patternClass);
  m.ns.setStr('Match', matchClass);
  m.ns.setStr('error', errorClass);
  m.ns.setStr('MAXREPEAT', MAXREPEAT);
  m.ns.setStr('MAXGROUPS', MAXGROUPS);
  return m;
}
