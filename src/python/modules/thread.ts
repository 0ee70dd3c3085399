/**
 * _thread: the threads of one Python process, and their locks.
 *
 * A thread is a kernel task of the process (the `thread` syscall); it shares the
 * heap and has its own frame stack (objects/thread.ts; vm/space.ts starts it). The kernel runs one thread of a
 * Python process at a time (the GIL). Locks are kernel semaphores, so a blocked
 * thread shows what it waits on and a deadlock is reported. A fork copies memory,
 * not kernel objects' identity: a lock copied into a child stays this process's own,
 * so the first time a child uses a copied lock it gets a new kernel lock in the
 * same state (locked or not). Thread locks cannot be pickled.
 */
import { Coro, type Gen, sysReq } from '../objects/coro.js';
import { E, runtimeErr, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, methods, params, unpack } from '../objects/native.js';
import { PyDict } from '../objects/dict.js';
import { PyBuiltin, PyFunction, PyMethod } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import { PyClass, PyFloat, PyObject, type Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import { isErr } from '../../kernel/syscalls.js';
import type { Timeout } from '../../kernel/syscalls.js';
import { intValue } from '../types/numbers.js';
import { addr } from '../runtime/repr.js';
import { TB_PRINT_LIMIT, formatException } from '../runtime/traceback.js';
import type { Interpreter } from '../objects/interpreter.js';
import type { Thread } from '../objects/thread.js';

/** A number of seconds given to a Python API, or undefined when it is not a number. */
export function seconds(v: Value): number | undefined {
  if (v instanceof PyFloat) return v.v;
  const i = intValue(v);
  return i === undefined ? undefined : Number(i);
}

/** A timeout in seconds as the kernel takes it: null waits for ever, 0 does not block. */
export function timeoutNs(v: Value | undefined, block = true): Timeout {
  if (!block) return 0;
  if (v === undefined || v === null) return null;
  const s = seconds(v);
  if (s === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return s <= 0 ? 0 : Math.round(s * 1e9);
}

// ---------------------------------------------------------------------------
// Locks

/** A thread lock (`_thread.lock`) or re-entrant lock (`_thread.RLock`) on a kernel semaphore. */
export class TLock extends PyObject {
  /** The RLock's owner (tid, 0 when free) and depth; kept here so that re-entry costs no syscall. */
  owner = 0;
  count = 0;
  constructor(
    cls: PyClass,
    public h: number,
    /** The process whose kernel lock `h` is. */
    public pid: number,
    readonly recursive: boolean,
  ) {
    super(cls);
  }
}

export const lockClass = builtinClass('_thread.lock', T.object, null, '_thread', 'lock');
export const rlockClass = builtinClass('_thread.RLock', T.object, null, '_thread', 'RLock');
delete T['_thread.lock'];
delete T['_thread.RLock'];

function* newLock(th: Thread, recursive: boolean): Gen<TLock> {
  const h = (yield sysReq({ op: 'sem', flavor: recursive ? 'rlock' : 'lock', value: 1, label: '' })) as number;
  return new TLock(recursive ? rlockClass : lockClass, h, th.interp.info.pid, recursive);
}

/** The kernel lock of `lk` in this process: a copy made by fork gets its own, in the same state. */
function* ownLock(th: Thread, lk: TLock): Gen<number> {
  const pid = th.interp.info.pid;
  if (lk.pid === pid) return lk.h;
  const held = lk.recursive ? lk.count > 0 : ((yield sysReq({ op: 'semvalue', h: lk.h })) as { value: number }).value === 0;
  const old = lk.h;
  lk.h = (yield sysReq({ op: 'sem', flavor: lk.recursive ? 'rlock' : 'lock', value: 1, label: '' })) as number;
  lk.pid = pid;
  yield sysReq({ op: 'close', h: old });
  if (held) {
    yield sysReq({ op: 'acquire', h: lk.h, timeout: 0 });
    if (lk.recursive) lk.owner = th.tid;
  }
  return lk.h;
}

function lockArgs(name: string, a: Value[], kw: Map<string, Value> | null): Timeout {
  const [blocking, timeout] = params(name, a, kw, ['blocking', 'timeout'], 1);
  const block = blocking === undefined ? true : blocking !== false && blocking !== 0;
  const t = timeout === undefined ? -1 : seconds(timeout);
  if (t === undefined) throw typeErr(`'${typeOf(timeout!).name}' object cannot be interpreted as an integer`);
  if (!block && t !== -1) throw valueErr("can't specify a timeout for a non-blocking call");
  if (t < 0 && t !== -1) throw valueErr('timeout value must be positive');
  if (!block) return 0;
  return t === -1 ? null : Math.round(t * 1e9);
}

const asLock = (v: Value): TLock => {
  if (!(v instanceof TLock)) throw typeErr(`descriptor requires a '_thread.lock' object but received a '${typeOf(v).name}'`);
  return v;
};

function* acquireCo(th: Thread, lk: TLock, timeout: Timeout): Gen<boolean> {
  if (lk.recursive && lk.owner === th.tid && lk.count > 0) {
    lk.count++;
    return true;
  }
  const h = yield* ownLock(th, lk);
  const got = (yield sysReq({ op: 'acquire', h, timeout })) as boolean;
  if (got && lk.recursive) {
    lk.owner = th.tid;
    lk.count = 1;
  }
  return got;
}

function* releaseCo(th: Thread, lk: TLock): Gen {
  if (lk.recursive) {
    if (lk.owner !== th.tid || lk.count === 0) throw runtimeErr('cannot release un-acquired lock');
    if (--lk.count > 0) return null;
    lk.owner = 0;
  }
  const h = yield* ownLock(th, lk);
  const r = yield sysReq({ op: 'release', h });
  if (isErr(r)) throw runtimeErr('release unlocked lock');
  return null;
}

function* lockedCo(th: Thread, lk: TLock): Gen<boolean> {
  const h = yield* ownLock(th, lk);
  return ((yield sysReq({ op: 'semvalue', h })) as { value: number }).value === 0;
}

const lockMethods = {
  acquire: (th: Thread, a: Value[], kw: Map<string, Value> | null) => new Coro(acquireCo(th, asLock(a[0]!), lockArgs('acquire', a, kw))),
  release: (th: Thread, a: Value[]) => new Coro(releaseCo(th, asLock(a[0]!))),
  __enter__: (th: Thread, a: Value[]) => new Coro(acquireCo(th, asLock(a[0]!), null)),
  __exit__: (th: Thread, a: Value[]) => new Coro(releaseCo(th, asLock(a[0]!))),
};

methods(lockClass, {
  ...lockMethods,
  acquire_lock: lockMethods.acquire,
  release_lock: lockMethods.release,
  locked: (th, a) => new Coro(lockedCo(th, asLock(a[0]!))),
  locked_lock: (th, a) => new Coro(lockedCo(th, asLock(a[0]!))),
  __repr__: (th, a) => {
    const lk = asLock(a[0]!);
    return new Coro(
      (function* () {
        const locked = yield* lockedCo(th, lk);
        return `<${locked ? 'locked' : 'unlocked'} _thread.lock object at ${addr(lk)}>`;
      })(),
    );
  },
});

methods(rlockClass, {
  ...lockMethods,
  _is_owned: (th, a) => asLock(a[0]!).owner === th.tid && asLock(a[0]!).count > 0,
  __repr__: (th, a) => {
    const lk = asLock(a[0]!);
    const held = lk.count > 0;
    return `<${held ? 'locked' : 'unlocked'} _thread.RLock object owner=${held ? lk.owner : 0} count=${lk.count} at ${addr(lk)}>`;
  },
});

// ---------------------------------------------------------------------------
// Conditions (threading.Condition's waiting and notifying)

export class TCond extends PyObject {
  constructor(
    public h: number,
    public pid: number,
    readonly lock: TLock,
  ) {
    super(condClass);
  }
}

export const condClass = builtinClass('_thread._Condition', T.object, null, '_thread', '_Condition');
delete T['_thread._Condition'];

function* ownCond(th: Thread, c: TCond): Gen<number> {
  const lockH = yield* ownLock(th, c.lock);
  if (c.pid === th.interp.info.pid) return c.h;
  c.h = (yield sysReq({ op: 'cond', lock: lockH, label: '' })) as number;
  c.pid = th.interp.info.pid;
  return c.h;
}

const asCond = (v: Value): TCond => {
  if (!(v instanceof TCond)) throw typeErr('expected a _thread._Condition');
  return v;
};

methods(condClass, {
  wait: (th, a) => {
    const c = asCond(a[0]!);
    const timeout = timeoutNs(a[1]);
    return new Coro(
      (function* () {
        const h = yield* ownCond(th, c);
        const saved = [c.lock.owner, c.lock.count] as const;
        const r = yield sysReq({ op: 'cwait', h, timeout });
        if (isErr(r)) throw runtimeErr('cannot wait on un-acquired lock');
        [c.lock.owner, c.lock.count] = saved;
        return r as boolean;
      })(),
    );
  },
  notify: (th, a) => {
    const c = asCond(a[0]!);
    const n = a.length > 1 ? Number(intValue(a[1]!) ?? 1) : 1;
    return new Coro(
      (function* () {
        const h = yield* ownCond(th, c);
        const r = yield sysReq({ op: 'notify', h, n });
        if (isErr(r)) throw runtimeErr('cannot notify on un-acquired lock');
        return null;
      })(),
    );
  },
});

/**
 * Writes `header` and the exception being handled (with its traceback) to stderr, as
 * traceback.print_exc() does (`limit`: as CPython's own printer, the innermost entries only).
 */
export function printExc(th: Thread, header: string, limit = Infinity): Coro {
  const e = th.excInfo;
  return new Coro(
    (function* () {
      const text = e === null ? 'NoneType: None\n' : yield* formatException(th, e, limit);
      yield sysReq({ op: 'write', fd: 2, text: header + text });
      return null;
    })(),
  );
}

// ---------------------------------------------------------------------------
// The module

export function makeThread(_interp: Interpreter): PyModule {
  const m = new PyModule('_thread');
  const ns = m.ns;
  const def = (name: string, f: import('../objects/function.js').NativeFn): void => ns.setStr(name, fn(name, f, '_thread'));
  ns.setStr('LockType', lockClass);
  ns.setStr('lock', lockClass);
  def('RLock', (th) => new Coro(newLock(th, true)));
  ns.setStr('error', E.RuntimeError!);
  ns.setStr('TIMEOUT_MAX', new PyFloat(T.float, 9223372036.854776));
  def('allocate_lock', (th) => new Coro(newLock(th, false)));
  def('get_ident', (th) => th.tid);
  def('get_native_id', (th) => th.tid);
  /** A new thread of this process running fn(*args); returns its ident once the kernel has made it. */
  const start = (th: Thread, fnv: Value, args: Value[], name: string, kw: PyDict | null = null): Coro => {
    const entry = ((th.interp.state.get('thread.next') as number | undefined) ?? 0) + 1;
    th.interp.state.set('thread.next', entry);
    th.interp.threadStarts.set(entry, { fn: fnv, args, kw });
    return new Coro((function* () { return (yield sysReq({ op: 'thread', entry, name })) as number; })());
  };
  // _start(function, name) -> ident: a new thread of this process runs function().
  def('_start', (th, a) => start(th, a[0]!, [], typeof a[1] === 'string' ? a[1] : 'Thread'));
  def('start_new_thread', (th, a) => {
    unpack('start_new_thread', a, 2, 3);
    const [f, args, kw] = a;
    if (!(f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyMethod || f instanceof PyClass || typeOf(f!).lookup('__call__') !== undefined)) throw typeErr('first arg must be callable');
    if (!(args instanceof PyTuple)) throw typeErr('2nd arg must be a tuple');
    if (kw !== undefined && !(kw instanceof PyDict)) throw typeErr('optional 3rd arg must be a dictionary');
    return start(th, f!, args.items, 'Thread', kw ?? null);
  });
  // _join(ident, timeout) -> True once that thread of this process has ended, False on timeout.
  def('_join', (_th, a) => {
    const tid = Number(intValue(a[0]!) ?? -1);
    const timeout = timeoutNs(a[1]);
    return new Coro(
      (function* () {
        const r = yield sysReq({ op: 'tjoin', tid, timeout });
        return !isErr(r);
      })(),
    );
  });
  def('_condition', (th, a) => {
    const lock = a[0];
    if (!(lock instanceof TLock)) throw typeErr('Condition() needs a threading.Lock or RLock');
    return new Coro(
      (function* () {
        const h = yield* ownLock(th, lock);
        return new TCond((yield sysReq({ op: 'cond', lock: h, label: '' })) as number, th.interp.info.pid, lock);
      })(),
    );
  });
  // _set_shutdown(f): the interpreter calls f() at exit before atexit handlers (threading._shutdown).
  def('_set_shutdown', (th, a) => {
    th.interp.state.set('threading.shutdown', a[0]!);
    return null;
  });
  // _print_exc(header): header, then the exception being handled with its traceback, to
  // stderr, as CPython's _thread._excepthook prints it (in C: the innermost 1,000 entries).
  def('_print_exc', (th, a) => printExc(th, typeof a[0] === 'string' ? a[0] : '', TB_PRINT_LIMIT));
  return m;
}
