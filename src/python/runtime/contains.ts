/** `x in container`: builtin containers natively, else `__contains__`, else iteration. */
import { Coro, type Gen, type NativeResult } from '../objects/coro.js';
import { PyDict, SLOW } from '../objects/dict.js';
import { typeErr } from '../objects/exceptions.js';
import { PyBytes } from '../objects/bytes.js';
import { DictView } from '../objects/iterators.js';
import { PyObject, type Value } from '../objects/object.js';
import { PyRange } from '../objects/range.js';
import { PySet } from '../objects/set.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import { PyBoxed } from '../objects/boxed.js';
import type { Thread } from '../objects/thread.js';
import { eqBool, eqBoolNative, seqEq } from './compare.js';
import { callFnCo, runOrCoro } from './dunder.js';
import { dictFind, findKey as findFast } from './collections.js';
import { setContains, setContainsCo } from './settable.js';
import { truthCo } from './truth.js';
import { DONE, getIterCo, nextOf } from './iter.js';
import { rangeHas } from './rangeops.js';

function* seqContains(th: Thread, items: Value[], x: Value): Gen<boolean> {
  for (let i = 0; i < items.length; i++) if (yield* eqBool(th, items[i]!, x)) return true;
  return false;
}

export function contains(th: Thread, c: Value, x: Value): NativeResult {
  if (typeof c === 'string' || c instanceof PyBoxed && typeof c.value === 'string') {
    const s = typeof c === 'string' ? c : (c.value as string);
    const sub = typeof x === 'string' ? x : x instanceof PyBoxed && typeof x.value === 'string' ? x.value : undefined;
    if (sub === undefined) throw typeErr(`'in <string>' requires string as left operand, not ${typeOf(x).name}`);
    return s.includes(sub);
  }
  if (c instanceof PyObject && c.cls.builtin) {
    if (c instanceof PyList || c instanceof PyTuple) {
      const items = c.items;
      for (let i = 0; i < items.length; i++) {
        const e = eqBoolNative(items[i]!, x);
        if (e === true) return true;
        if (e === undefined) return runOrCoro(seqContains(th, items.slice(i), x));
      }
      return false;
    }
    if (c instanceof PyDict) {
      const e = findFast(c, x);
      return e !== SLOW ? e !== undefined : runOrCoro(dictHas(th, c, x));
    }
    if (c instanceof PySet) return setContains(th, c, x);
    if (c instanceof PyRange && (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean')) return rangeHas(c, typeof x === 'boolean' ? (x ? 1 : 0) : x);
    if (c instanceof PyBytes) {
      if (typeof x === 'number') return c.data.includes(x);
      if (x instanceof PyBytes) return Buffer.from(c.data).includes(Buffer.from(x.data));
      throw typeErr(`a bytes-like object is required, not '${typeOf(x).name}'`);
    }
    if (c instanceof DictView) return runOrCoro(viewHas(th, c, x));
  }
  return runOrCoro(containsCo(th, c, x));
}

function* dictHas(th: Thread, d: PyDict, x: Value): Gen<boolean> {
  return (yield* dictFind(th, d, x)) !== undefined;
}

function* viewHas(th: Thread, v: DictView, x: Value): Gen<boolean> {
  if (v.kind === 0) return (yield* dictFind(th, v.d, x)) !== undefined;
  if (v.kind === 1) return yield* seqContains(th, v.d.values(), x);
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const e = yield* dictFind(th, v.d, x.items[0]!);
  return e !== undefined && (yield* seqEq(th, [e.value!], [x.items[1]!]));
}

export function* containsCo(th: Thread, c: Value, x: Value): Gen<boolean> {
  const tp = typeOf(c);
  const fn = tp.lookup('__contains__');
  if (fn !== undefined && fn !== null) {
    if (c instanceof PySet && tp.builtin) return yield* setContainsCo(th, c, x);
    const r = yield* callFnCo(th, fn, [c, x]);
    return yield* truthCo(th, r);
  }
  if (tp.lookup('__iter__') === undefined && tp.lookup('__getitem__') === undefined) {
    throw typeErr(`argument of type '${tp.name}' is not iterable`);
  }
  const it = yield* getIterCo(th, c);
  for (;;) {
    const v = yield* nextOf(th, it);
    if (v === DONE) return false;
    if (yield* eqBool(th, v, x)) return true;
  }
}

export { Coro };
