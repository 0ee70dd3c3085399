/**
 * Calling special methods. A dunder found on the type is either a builtin (called
 * here, synchronously or as a coroutine) or Python code (a coroutine that asks the
 * VM to run it). Everything that can end up in user code goes through here.
 */
import { Coro, type Gen, type Kw, type NativeResult, callReq } from '../objects/coro.js';
import { PyBuiltin, PyFunction } from '../objects/function.js';
import type { Value } from '../objects/object.js';
import { typeOf } from '../objects/types.js';
import type { Thread } from '../objects/thread.js';

/** The special method `name` of v's type, or undefined. */
export const dunder = (v: Value, name: string): Value | undefined => typeOf(v).lookup(name);

function* callGen(fn: Value, args: Value[], kw: Kw | null): Gen {
  return yield callReq(fn, args, kw);
}

/** Calls a function found on a type with `self` among `args`. */
export function callFn(th: Thread, fn: Value, args: Value[], kw: Kw | null = null): NativeResult {
  if (fn instanceof PyBuiltin && fn.self === undefined) return fn.fn(th, args, kw);
  return new Coro(callGen(fn, args, kw));
}

/** Calls any callable (the VM runs Python code; builtins run here). */
export function call(th: Thread, fn: Value, args: Value[], kw: Kw | null = null): NativeResult {
  if (fn instanceof PyBuiltin && !fn.isMethod) return fn.self === undefined ? fn.fn(th, args, kw) : fn.fn(th, [fn.self, ...args], kw);
  return new Coro(callGen(fn, args, kw));
}

/** True when `fn` is Python code (so calling it needs the VM). */
export const isPython = (fn: Value | undefined): boolean => fn instanceof PyFunction;

/** Inside a generator: calls any callable and returns its result. */
export function* callCo(th: Thread, fn: Value, args: Value[], kw: Kw | null = null): Gen {
  const r = call(th, fn, args, kw);
  return r instanceof Coro ? yield* r.gen : r;
}

/** Inside a generator: calls a dunder found on a type (self in args). */
export function* callFnCo(th: Thread, fn: Value, args: Value[]): Gen {
  const r = callFn(th, fn, args);
  return r instanceof Coro ? yield* r.gen : r;
}

/**
 * Runs a generator to completion when it needs no Python code; otherwise hands it
 * over, mid-flight, as a Coro for the VM to finish (safe: nothing ran twice).
 */
export function runOrCoro(gen: Gen): NativeResult {
  const r = gen.next();
  if (r.done) return r.value;
  return new Coro(continueFrom(gen, r.value));
}

function* continueFrom(gen: Gen, first: import('../objects/coro.js').Req): Gen {
  let req = first;
  for (;;) {
    let res: IteratorResult<import('../objects/coro.js').Req, Value>;
    try {
      const sent = yield req;
      res = gen.next(sent);
    } catch (e) {
      res = gen.throw(e);
    }
    if (res.done) return res.value;
    req = res.value;
  }
}

/** Runs a generator that must not need the VM (a native-only path); our bug if it does. */
export function runSync<T>(gen: Generator<unknown, T, unknown>): T {
  const r = gen.next();
  if (!r.done) throw new Error('internal: a native-only path asked for Python code');
  return r.value;
}
