/**
 * random, bit for bit with CPython (lib/mt19937.ts). Unseeded generators are
 * seeded from the run's seed and the pid; a forked child's global generator is
 * reseeded from (seed, child pid), as CPython's register_at_fork does.
 */
import { Coro } from '../objects/coro.js';
import { E, exc, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, getsets, kwargs, methods, params, statics } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { PyClass, PyFloat, PyObject, type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyBytes } from '../objects/bytes.js';
import { PyDict } from '../objects/dict.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import { PyRandom, type RandomState } from '../lib/mt19937.js';
import { sha256 } from '../lib/sha256.js';
import type { PyInt } from '../lib/pyint.js';
import type { Interpreter } from '../objects/interpreter.js';
import type { Thread } from '../objects/thread.js';
import { binaryOp, float } from '../runtime/arith.js';
import { BinOp } from '../runtime/operators.js';
import { await_ } from '../objects/coro.js';
import { listOf } from '../runtime/iter.js';
import { runOrCoro } from '../runtime/dunder.js';
import { intValue } from '../types/numbers.js';
import { strValue } from '../types/str.js';
import { lenOf } from '../runtime/truth.js';
import { getItem } from '../runtime/subscript.js';

/** A Random instance: the generator as plain data (cloned by fork). */
export class PyRandomObj extends PyObject {
  constructor(
    cls: PyClass,
    public gen: PyRandom,
  ) {
    super(cls, cls.builtin ? null : new PyDict());
  }
}

let RandomClass: PyClass | null = null;

/** A deterministic seed for an unseeded generator: (run seed, pid, purpose). */
export function defaultSeed(interp: Interpreter, salt: string): bigint {
  const h = sha256(Buffer.from(`${interp.info.seed}/${interp.info.pid}/${salt}`, 'utf8'));
  return BigInt(`0x${Buffer.from(h.buffer, 0, 16).toString('hex')}`);
}

function seedWith(interp: Interpreter, g: PyRandom, a: Value | undefined, salt: string): void {
  if (a === undefined || a === null) {
    g.seedInt(defaultSeed(interp, salt));
    return;
  }
  const i = intValue(a);
  if (i !== undefined) g.seedInt(i);
  else if (typeof a === 'string') g.seed(a);
  else if (a instanceof PyBytes) g.seedBytes(a.data);
  else if (a instanceof PyFloat) g.seedFloat(a.v);
  else throw typeErr('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

const isNum = (v: Value): boolean => v instanceof PyFloat || intValue(v) !== undefined;

function num(v: Value | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (v instanceof PyFloat) return v.v;
  const i = intValue(v);
  if (i !== undefined) return Number(i);
  throw typeErr(`must be real number, not ${typeOf(v).name}`);
}

function int(v: Value, what: string): PyInt {
  const i = intValue(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat && Number.isInteger(v.v)) return v.v;
  if (v instanceof PyFloat) throw valueErr(`non-integer arg 1 for ${what}()`);
  throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** The methods of Random (bound to module-level functions for the global instance). */
function api(g: (th: Thread, self: Value) => PyRandom): Record<string, import('../objects/function.js').NativeFn> {
  return {
    seed: (th, a, kw) => {
      const [s] = params('seed', a, kw, ['a', 'version'], 1);
      seedWith(th.interp, g(th, a[0]!), s, 'seed');
      return null;
    },
    random: (th, a) => float(g(th, a[0]!).random()),
    getrandbits: (th, a) => g(th, a[0]!).getrandbits(Number(int(a[1]!, 'getrandbits'))),
    // getrandbits(8n) as n little-endian bytes, as CPython's randbytes.
    randbytes: (th, a) => {
      if (a.length !== 2) throw typeErr(`randbytes() takes exactly one argument (${a.length - 1} given)`);
      const n = Number(int(a[1]!, 'randbytes'));
      return new PyBytes(littleEndian(g(th, a[0]!).getrandbits(n * 8), n));
    },
    randrange: (th, a, kw) => {
      const [start, stop, step] = params('randrange', a, kw, ['start', 'stop', 'step'], 1, 1);
      return g(th, a[0]!).randrange(int(start!, 'randrange'), stop === undefined || stop === null ? null : int(stop, 'randrange'), step === undefined ? 1 : int(step, 'randrange'));
    },
    randint: (th, a) => {
      if (a.length !== 3) throw typeErr(`Random.randint() missing ${3 - a.length} required positional argument${a.length === 2 ? '' : 's'}: ${a.length === 2 ? "'b'" : "'a' and 'b'"}`);
      return g(th, a[0]!).randint(int(a[1]!, 'randrange'), int(a[2]!, 'randrange'));
    },
    uniform: (th, a) => {
      const [lo, hi] = [a[1]!, a[2]!];
      if (isNum(lo) && isNum(hi)) return float(g(th, a[0]!).uniform(num(lo, 0), num(hi, 1)));
      // a + (b-a) * random(), with the operators' own errors.
      return runOrCoro(
        (function* () {
          const d = yield* await_(binaryOp(th, hi, lo, BinOp.SUB));
          const scaled = yield* await_(binaryOp(th, d, float(g(th, a[0]!).random()), BinOp.MUL));
          return yield* await_(binaryOp(th, lo, scaled, BinOp.ADD));
        })(),
      );
    },
    triangular: (th, a) => float(g(th, a[0]!).triangular(num(a[1], 0), num(a[2], 1), a[3] === undefined || a[3] === null ? null : num(a[3], 0))),
    gauss: (th, a, kw) => {
      const [mu, sigma] = params('gauss', a, kw, ['mu', 'sigma'], 1);
      return float(g(th, a[0]!).gauss(num(mu, 0), num(sigma, 1)));
    },
    normalvariate: (th, a, kw) => {
      const [mu, sigma] = params('normalvariate', a, kw, ['mu', 'sigma'], 1);
      return float(g(th, a[0]!).normalvariate(num(mu, 0), num(sigma, 1)));
    },
    lognormvariate: (th, a) => float(g(th, a[0]!).lognormvariate(num(a[1], 0), num(a[2], 1))),
    expovariate: (th, a) => float(g(th, a[0]!).expovariate(num(a[1], 1))),
    paretovariate: (th, a) => float(g(th, a[0]!).paretovariate(num(a[1], 1))),
    choice: (th, a) => {
      const seq = a[1]!;
      if (seq instanceof PyList || seq instanceof PyTuple) return seq.items[g(th, a[0]!).choiceIndex(seq.items.length)]!;
      if (typeof seq === 'string') return Array.from(seq)[g(th, a[0]!).choiceIndex(Array.from(seq).length)]!;
      return runOrCoro(
        (function* () {
          const n = lenOf(th, seq);
          const len = n instanceof Coro ? yield* n.gen : n;
          const i = g(th, a[0]!).choiceIndex(Number(len));
          const r = getItem(th, seq, i);
          return r instanceof Coro ? yield* r.gen : r;
        })(),
      );
    },
    shuffle: (th, a) => {
      const x = a[1];
      if (!(x instanceof PyList)) throw typeErr(`'${typeOf(x!).name}' object does not support item assignment`);
      g(th, a[0]!).shuffle(x.items);
      return null;
    },
    sample: (th, a, kw) => {
      const k = kwargs('sample', kw, ['counts', 'k']);
      const pop = a[1]!;
      const count = a[2] ?? k.k;
      if (count === undefined) throw typeErr("Random.sample() missing 1 required positional argument: 'k'");
      if (pop instanceof PyObject && pop.cls === T.set) throw typeErr('Population must be a sequence.  For dicts or sets, use sorted(d).');
      return runOrCoro(
        (function* () {
          const items = yield* listOf(th, pop);
          const n = Number(int(count, 'sample'));
          if (k.counts !== undefined && k.counts !== null) {
            const counts = (yield* listOf(th, k.counts)).map((c) => Number(int(c, 'sample')));
            if (counts.length !== items.length) throw valueErr('The number of counts does not match the population');
            return new PyList(g(th, a[0]!).sampleIndicesWithCounts(counts, n).map((i) => items[i]!));
          }
          return new PyList(g(th, a[0]!).sampleIndices(items.length, n).map((i) => items[i]!));
        })(),
      );
    },
    choices: (th, a, kw) => {
      const k = kwargs('choices', kw, ['population', 'weights', 'cum_weights', 'k']);
      const pop = a[1] ?? k.population;
      const weights = a[2] ?? k.weights ?? null;
      const n = k.k === undefined ? 1 : Number(int(k.k, 'choices'));
      return runOrCoro(
        (function* () {
          const items = yield* listOf(th, pop!);
          const w = weights === null ? null : (yield* listOf(th, weights)).map((x) => num(x, 0));
          const cw = k.cum_weights === undefined || k.cum_weights === null ? null : (yield* listOf(th, k.cum_weights)).map((x) => num(x, 0));
          return new PyList(g(th, a[0]!).choicesIndices(items.length, n, w, cw).map((i) => items[i]!));
        })(),
      );
    },
    getstate: (th, a) => {
      const [v, words, gauss] = g(th, a[0]!).getstate();
      return new PyTuple([v, new PyTuple(words), gauss === null ? null : float(gauss)]);
    },
    setstate: (th, a) => {
      const st = a[1];
      if (!(st instanceof PyTuple) || st.items.length !== 3 || !(st.items[1] instanceof PyTuple)) throw typeErr('state vector must be a tuple');
      const gauss = st.items[2];
      g(th, a[0]!).setstate([3, st.items[1].items.map((x) => Number(x)), gauss instanceof PyFloat ? gauss.v : null] as RandomState);
      return null;
    },
  };
}

function littleEndian(v: PyInt, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = BigInt(v);
  for (let i = 0; i < n; i++, x >>= 8n) out[i] = Number(x & 0xffn);
  return out;
}

/**
 * A 128-bit seed from (run seed, pid, purpose) without node:crypto: every multiprocessing program
 * calls os.urandom (a Process's authkey), and loading OpenSSL would cost each start ~10 ms.
 * FNV-1a over the text in two lanes.
 */
function entropySeed(interp: Interpreter, salt: string): bigint {
  const text = `${interp.info.seed}/${interp.info.pid}/${salt}`;
  const mask = (1n << 64n) - 1n;
  let a = 0xcbf29ce484222325n;
  let b = 0x84222325cbf29ce4n;
  for (let i = 0; i < text.length; i++) {
    const c = BigInt(text.charCodeAt(i));
    a = ((a ^ c) * 0x100000001b3n) & mask;
    b = ((b ^ (c + 0x9en)) * 0x100000001b3n) & mask;
  }
  return (a << 64n) | b;
}

/**
 * The interpreter's entropy source (os.urandom, SystemRandom, secrets): a generator seeded from
 * (run seed, pid), so runs are reproducible, re-seeded in a fork child as the kernel's pool would
 * give the child bytes of its own.
 */
export function entropy(interp: Interpreter): PyRandom {
  let g = interp.state.get('entropy') as PyRandom | undefined;
  if (g === undefined) {
    g = new PyRandom();
    g.seedInt(entropySeed(interp, 'urandom'));
    interp.state.set('entropy', g);
    interp.forkHooks.push((child) => (child.state.get('entropy') as PyRandom).seedInt(entropySeed(child, 'urandom-fork')));
  }
  return g;
}

/** os.urandom(n): n bytes of the entropy source. */
export function urandom(interp: Interpreter, n: number): Uint8Array {
  return littleEndian(entropy(interp).getrandbits(n * 8), n);
}

let SystemRandomClass: PyClass | null = null;

/** random.SystemRandom: Random's methods over the entropy source; no seed, no state. */
function systemRandomClass(): PyClass {
  if (SystemRandomClass) return SystemRandomClass;
  const base = randomClass();
  const cls = builtinClass('SystemRandom', base, (c) => new PyRandomObj(c, new PyRandom()), 'random');
  delete T.SystemRandom;
  SystemRandomClass = cls;
  const noState = (): Value => {
    throw exc(E.NotImplementedError!, 'System entropy source does not have state.');
  };
  statics(cls, {
    __new__: (_th, args) => {
      const c = args[0] as PyClass;
      return c.alloc(c) as PyRandomObj;
    },
  });
  methods(cls, {
    ...api((th) => entropy(th.interp)),
    __init__: () => null,
    seed: () => null,
    getstate: noState,
    setstate: noState,
  });
  return cls;
}

function randomClass(): PyClass {
  if (RandomClass) return RandomClass;
  const cls = builtinClass('Random', T.object, (c) => new PyRandomObj(c, new PyRandom()), 'random');
  delete T.Random;
  RandomClass = cls;
  const gen = (_th: Thread, self: Value): PyRandom => (self as PyRandomObj).gen;
  statics(cls, {
    __new__: (th, args) => {
      const c = args[0] as PyClass;
      const r = c.alloc(c) as PyRandomObj;
      seedWith(th.interp, r.gen, args[1], `Random#${th.interp.ids.next}`);
      return r;
    },
  });
  methods(cls, {
    ...api(gen),
    __init__: (th, a) => {
      seedWith(th.interp, gen(th, a[0]!), a[1], `Random#${th.interp.ids.next}`);
      return null;
    },
    // random.py's Random.__reduce__ (class, (), getstate()) and __setstate__: pickling, copy.
    __reduce__: (th, a) => new PyTuple([typeOf(a[0]!), new PyTuple([]), api(gen).getstate!(th, [a[0]!], null) as Value]),
    __setstate__: (th, a) => api(gen).setstate!(th, a, null),
  });
  getsets(cls, {});
  return cls;
}

/** The module-level generator of an interpreter (created on first use, with its fork hook). */
function globalRandom(interp: Interpreter): PyRandom {
  let g = interp.state.get('random') as PyRandom | undefined;
  if (g === undefined) {
    g = new PyRandom();
    g.seedInt(defaultSeed(interp, 'global'));
    interp.state.set('random', g);
    interp.forkHooks.push(reseedAfterFork);
  }
  return g;
}

/** After fork, in the child: a new seed from (run seed, child pid) (random's register_at_fork). */
function reseedAfterFork(child: Interpreter): void {
  (child.state.get('random') as PyRandom).seedInt(defaultSeed(child, 'fork'));
}

export function makeRandom(interp: Interpreter): PyModule {
  const m = new PyModule('random');
  const cls = randomClass();
  m.ns.setStr('Random', cls);
  const table = api((th) => globalRandom(th.interp));
  for (const [name, f] of Object.entries(table)) {
    m.ns.setStr(name, fn(name, (th, a, kw) => f(th, [null, ...a], kw), 'random'));
  }
  m.ns.setStr('SystemRandom', systemRandomClass());
  void strValue;
  return m;
}

export type { Thread };
