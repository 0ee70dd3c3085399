/** range and slice objects. */
import { NotImplemented } from '../objects/boot.js';
import { E, exc, typeErr, valueErr } from '../objects/exceptions.js';
import { getsets, methods, statics, unpack } from '../objects/native.js';
import type { Value } from '../objects/object.js';
import { PyRange, PySlice } from '../objects/range.js';
import { PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { rangeHas, rangeLen } from '../runtime/rangeops.js';
import { rangeIter } from '../runtime/iter.js';
import { eqNative } from '../runtime/compare.js';
import { reprCo } from '../runtime/repr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { contains } from '../runtime/contains.js';
import { getItem } from '../runtime/subscript.js';
import { sliceRange } from '../runtime/subscript.js';
import { intValue } from './numbers.js';
import type { PyInt } from '../lib/pyint.js';

function intArg(v: Value): PyInt {
  const i = intValue(v);
  if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return i;
}

statics(T.range, {
  __new__: (_th, args) => {
    unpack('range', args, 1, 3, 1);
    const a = args.slice(1).map(intArg);
    const [start, stop, step] = a.length === 1 ? [0, a[0]!, 1] : [a[0]!, a[1]!, a[2] ?? 1];
    if (step === 0 || step === 0n) throw valueErr('range() arg 3 must not be zero');
    return new PyRange(start, stop, step);
  },
});

const rg = (v: Value): PyRange => v as PyRange;

methods(T.range, {
  __repr__: (_th, a) => {
    const r = rg(a[0]!);
    return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
  },
  __len__: (_th, a) => {
    const n = rangeLen(rg(a[0]!));
    if (typeof n === 'bigint') throw exc(E.OverflowError!, 'Python int too large to convert to C ssize_t');
    return n;
  },
  __iter__: (_th, a) => rangeIter(rg(a[0]!)),
  __getitem__: (th, a) => getItem(th, a[0]!, a[1]!),
  __contains__: (th, a) => contains(th, a[0]!, a[1]!),
  __eq__: (_th, a) => (a[1] instanceof PyRange ? eqNative(a[0]!, a[1]) ?? false : NotImplemented),
  __hash__: (_th, a) => {
    const r = rg(a[0]!);
    return Number(rangeLen(r)) * 31 + Number(r.start);
  },
  __bool__: (_th, a) => rangeLen(rg(a[0]!)) !== 0,
  index: (_th, a) => {
    const r = rg(a[0]!);
    const x = a[1]!;
    const i = intValue(x);
    if (i === undefined || !rangeHas(r, i)) throw valueErr(`${typeof x === 'number' ? x : 'value'} is not in range`);
    return typeof i === 'number' && typeof r.start === 'number' && typeof r.step === 'number' ? (i - r.start) / r.step : Number((BigInt(i) - BigInt(r.start)) / BigInt(r.step));
  },
  count: (_th, a) => {
    const i = intValue(a[1]!);
    return i !== undefined && rangeHas(rg(a[0]!), i) ? 1 : 0;
  },
});
getsets(T.range, {
  start: (_th, r) => rg(r).start,
  stop: (_th, r) => rg(r).stop,
  step: (_th, r) => rg(r).step,
});

statics(T.slice, {
  __new__: (_th, args) => {
    unpack('slice', args, 1, 3, 1);
    const a = args.slice(1);
    if (a.length === 1) return new PySlice(null, a[0]!, null);
    return new PySlice(a[0]!, a[1]!, a[2] ?? null);
  },
});
const sl = (v: Value): PySlice => v as PySlice;
methods(T.slice, {
  __repr__: (th, a) =>
    runOrCoro(
      (function* () {
        const s = sl(a[0]!);
        return `slice(${yield* reprCo(th, s.start)}, ${yield* reprCo(th, s.stop)}, ${yield* reprCo(th, s.step)})`;
      })(),
    ),
  indices: (_th, a) => {
    const n = intValue(a[1]!);
    if (n === undefined) throw typeErr(`'${typeOf(a[1]!).name}' object cannot be interpreted as an integer`);
    const [lo, hi, step] = sliceRange(sl(a[0]!), Number(n));
    return new PyTuple([lo, hi, step]);
  },
  __eq__: (_th, a) => a[1] instanceof PySlice && eqNative(new PyTuple([sl(a[0]!).start, sl(a[0]!).stop, sl(a[0]!).step]), new PyTuple([a[1].start, a[1].stop, a[1].step])) === true,
});
getsets(T.slice, {
  start: (_th, s) => sl(s).start,
  stop: (_th, s) => sl(s).stop,
  step: (_th, s) => sl(s).step,
});
