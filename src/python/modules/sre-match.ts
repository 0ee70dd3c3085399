/**
 * re.Match: the result of a successful match — spans of every group in code
 * points, group access by number or name, expand(), and CPython's repr
 * (`<re.Match object; span=(0, 3), match='abc'>`).
 */
import { type Gen } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { indexErr, typeErr } from '../objects/exceptions.js';
import { getsets, methods, params } from '../objects/native.js';
import { PyObject, type Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { PyBytes } from '../objects/bytes.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import { intValue } from '../types/numbers.js';
import { Subject } from '../lib/regex/subject.js';
import { expandTemplate } from '../lib/regex/template.js';
import { reprCo } from '../runtime/repr.js';
import { runSync } from '../runtime/dunder.js';
import { templateFor } from './sre-error.js';
import type { Thread } from '../objects/thread.js';

import type { PatternLike } from './sre-error.js';

export class PyMatch extends PyObject {
  constructor(
    readonly re: PatternLike,
    /** The subject as given (str or bytes). */
    readonly string: Value,
    /** The subject as text (bytes decoded as Latin-1). */
    readonly text: string,
    readonly pos: number,
    readonly endpos: number,
    /** start and end of each group, group 0 first; -1 when unmatched. */
    readonly regs: number[],
    readonly lastindex: number,
  ) {
    super(matchClass);
  }

  /** The text of group g, or null. */
  groupText(g: number): string | null {
    const a = this.regs[2 * g]!;
    const b = this.regs[2 * g + 1]!;
    if (a < 0 || b < 0) return null;
    return sliceText(this.text, a, b);
  }

  /** Group g as a Python value (str or bytes), or `dflt` when unmatched. */
  group(g: number, dflt: Value = null): Value {
    const t = this.groupText(g);
    return t === null ? dflt : this.out(t);
  }

  out(t: string): Value {
    return this.re.bytes ? latin1Bytes(t) : t;
  }
}

/** s[a:b] with code-point positions. */
export function sliceText(s: string, a: number, b: number): string {
  if (!/[\ud800-\udfff]/.test(s)) return s.slice(a, b);
  return new Subject(s).slice(a, b);
}

export const latin1Bytes = (t: string): PyBytes => {
  const d = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) d[i] = t.charCodeAt(i);
  return new PyBytes(d);
};

export const matchClass = builtinClass('re.Match', T.object, null, 're', 'Match');
delete T['re.Match'];

const self = (v: Value): PyMatch => {
  if (!(v instanceof PyMatch)) throw typeErr(`descriptor requires a 're.Match' object but received a '${typeOf(v).name}'`);
  return v;
};

/** A group given by number or name (CPython's match_getindex). */
function groupIndex(m: PyMatch, g: Value): number {
  let i: number | undefined;
  if (typeof g === 'string') i = m.re.groupIndex.get(g);
  else {
    const n = intValue(g);
    if (n !== undefined) i = Number(n);
  }
  if (i === undefined || i < 0 || i >= m.re.groups + 1) throw indexErr('no such group');
  return i;
}

function* matchRepr(th: Thread, m: PyMatch): Gen<string> {
  const r = yield* reprCo(th, m.group(0));
  return `<re.Match object; span=(${m.regs[0]}, ${m.regs[1]}), match=${truncate(r, 50)}>`;
}

/** printf's %.NR: the repr cut to N code points. */
export function truncate(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length <= n ? s : cps.slice(0, n).join('');
}

methods(matchClass, {
  group: (_th, a) => {
    const m = self(a[0]!);
    if (a.length <= 1) return m.group(0);
    if (a.length === 2) return m.group(groupIndex(m, a[1]!));
    return new PyTuple(a.slice(1).map((g) => m.group(groupIndex(m, g))));
  },
  __getitem__: (_th, a) => {
    const m = self(a[0]!);
    return m.group(groupIndex(m, a[1]!));
  },
  groups: (_th, a, kw) => {
    const m = self(a[0]!);
    const [d] = params('groups', a, kw, ['default'], 1);
    const out: Value[] = [];
    for (let g = 1; g <= m.re.groups; g++) out.push(m.group(g, d ?? null));
    return new PyTuple(out);
  },
  groupdict: (_th, a, kw) => {
    const m = self(a[0]!);
    const [d] = params('groupdict', a, kw, ['default'], 1);
    const out = new PyDict();
    for (const [name, g] of m.re.groupIndex) out.setStr(name, m.group(g, d ?? null));
    return out;
  },
  start: (_th, a) => {
    const m = self(a[0]!);
    return m.regs[2 * (a.length > 1 ? groupIndex(m, a[1]!) : 0)]!;
  },
  end: (_th, a) => {
    const m = self(a[0]!);
    return m.regs[2 * (a.length > 1 ? groupIndex(m, a[1]!) : 0) + 1]!;
  },
  span: (_th, a) => {
    const m = self(a[0]!);
    const g = a.length > 1 ? groupIndex(m, a[1]!) : 0;
    return new PyTuple([m.regs[2 * g]!, m.regs[2 * g + 1]!]);
  },
  expand: (th, a) => {
    const m = self(a[0]!);
    const t = templateFor(m.re, a[1]!);
    return m.out(expandTemplate(t, (g) => m.groupText(g)));
  },
  __repr__: (th, a) => runSync(matchRepr(th, self(a[0]!))),
  __copy__: (_th, a) => self(a[0]!),
  __deepcopy__: (_th, a) => self(a[0]!),
});

getsets(matchClass, {
  lastindex: (_th, m) => (self(m).lastindex < 0 ? null : self(m).lastindex),
  lastgroup: (_th, v) => {
    const m = self(v);
    for (const [name, g] of m.re.groupIndex) if (g === m.lastindex) return name;
    return null;
  },
  re: (_th, m) => self(m).re,
  string: (_th, m) => self(m).string,
  pos: (_th, m) => self(m).pos,
  endpos: (_th, m) => self(m).endpos,
  regs: (_th, v) => {
    const m = self(v);
    const out: Value[] = [];
    for (let g = 0; g <= m.re.groups; g++) out.push(new PyTuple([m.regs[2 * g]!, m.regs[2 * g + 1]!]));
    return new PyTuple(out);
  },
});
