/**
 * The kernel objects behind multiprocessing, as the Python objects that hold them:
 * `SemLock` (Lock, RLock, Semaphore, BoundedSemaphore, as CPython's
 * _multiprocessing.SemLock) and `Handle` (a queue, a pipe end, an event, a
 * condition, a barrier, a shared cell). Both are KObj: fork copies them as the same
 * handle (the kernel gives the child the parent's handles), pickling sends them as
 * handle references (pickle.ts), so any process holding one uses the same object.
 *
 * Each operation here is one syscall; the Python classes of the multiprocessing
 * package (src/python/stdlib/multiprocessing/) add CPython's checks and reprs.
 */
import { Coro, type Gen, sysReq } from '../objects/coro.js';
import { E, newExc, typeErr, valueErr } from '../objects/exceptions.js';
import { getsets, methods, params } from '../objects/native.js';
import { PyFloat, type Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import { isErr } from '../../kernel/syscalls.js';
import type { SemFlavor } from '../../kernel/types.js';
import { KObj, registerKObj } from './pickler.js';
import { intValue } from '../types/numbers.js';
import { addr } from '../runtime/repr.js';
import type { Thread } from '../objects/thread.js';
import { timeoutNs } from './thread.js';

// ---------------------------------------------------------------------------
// SemLock

export const semlockClass = builtinClass('_multiprocessing.SemLock', T.object, null, '_multiprocessing', 'SemLock');
delete T['_multiprocessing.SemLock'];

/** CPython's SemLock kinds. */
export const RECURSIVE_MUTEX = 0;
export const SEMAPHORE = 1;

export class SemLock extends KObj {
  /**
   * Per process, as in CPython (the C struct is copied by fork and reset after it):
   * how many times this process's thread `lastTid` holds it. `countPid` says which
   * process the count belongs to; in any other process the count is 0.
   */
  count = 0;
  lastTid = 0;
  countPid = 0;
  constructor(
    h: number,
    inheritOnly: string | null,
    readonly flavor: SemFlavor,
    readonly maxvalue: number,
  ) {
    super(semlockClass, h, inheritOnly);
  }
  pickleKind(): string {
    return 'sem';
  }
  pickleFields(): unknown[] {
    return [this.inheritOnly, this.flavor, this.maxvalue];
  }
  /** This process's count. */
  mine(th: Thread): number {
    return this.countPid === th.interp.info.pid ? this.count : 0;
  }
  isMine(th: Thread): boolean {
    return this.mine(th) > 0 && this.lastTid === th.tid;
  }
}

registerKObj('sem', (h, f) => new SemLock(h, f[0] as string | null, f[1] as SemFlavor, f[2] as number));

const asSem = (v: Value): SemLock => {
  if (!(v instanceof SemLock)) throw typeErr(`descriptor requires a '_multiprocessing.SemLock' object but received a '${typeOf(v).name}'`);
  return v;
};

function* semAcquire(th: Thread, s: SemLock, timeout: number | null): Gen<boolean> {
  if (s.flavor === 'rlock' && s.isMine(th)) {
    s.count++;
    return true;
  }
  const got = (yield sysReq({ op: 'acquire', h: s.h, timeout })) as boolean;
  if (got) {
    if (s.countPid !== th.interp.info.pid) {
      s.countPid = th.interp.info.pid;
      s.count = 0;
    }
    s.count++;
    s.lastTid = th.tid;
  }
  return got;
}

function* semRelease(th: Thread, s: SemLock): Gen {
  if (s.flavor === 'rlock') {
    if (!s.isMine(th)) throw newExc(E.AssertionError!, ['attempt to release recursive lock not owned by thread']);
    if (s.count > 1) {
      s.count--;
      return null;
    }
  }
  const r = yield sysReq({ op: 'release', h: s.h });
  if (isErr(r)) {
    if (r.err === 'NOTOWNER') throw newExc(E.AssertionError!, ['attempt to release recursive lock not owned by thread']);
    throw valueErr('semaphore or lock released too many times');
  }
  if (s.countPid === th.interp.info.pid) s.count--;
  return null;
}

function* semValue(s: SemLock): Gen<number> {
  return ((yield sysReq({ op: 'semvalue', h: s.h })) as { value: number }).value;
}

/** SemLock.acquire(block=True, timeout=None): a negative timeout counts as 0 (no ValueError, unlike threading). */
function acquireTimeout(a: Value[], kw: Map<string, Value> | null): number | null {
  const [block, timeout] = params('acquire', a, kw, ['block', 'timeout'], 1);
  const blocking = block === undefined || (block !== false && block !== 0 && block !== null);
  return timeoutNs(timeout ?? null, blocking);
}

methods(semlockClass, {
  acquire: (th, a, kw) => new Coro(semAcquire(th, asSem(a[0]!), acquireTimeout(a, kw))),
  release: (th, a) => new Coro(semRelease(th, asSem(a[0]!))),
  __enter__: (th, a) => new Coro(semAcquire(th, asSem(a[0]!), null)),
  __exit__: (th, a) => new Coro(semRelease(th, asSem(a[0]!))),
  _count: (th, a) => asSem(a[0]!).mine(th),
  _is_mine: (th, a) => asSem(a[0]!).isMine(th),
  _get_value: (th, a) => {
    // macOS has no sem_getvalue(): CPython raises there (so Queue.qsize() does too).
    if (th.interp.info.platform === 'macos') throw newExc(E.NotImplementedError!, []);
    return new Coro(semValue(asSem(a[0]!)));
  },
  _is_zero: (_th, a) => {
    const s = asSem(a[0]!);
    return new Coro((function* () { return (yield* semValue(s)) === 0; })());
  },
  _after_fork: () => null,
  __repr__: (_th, a) => `<_multiprocessing.SemLock object at ${addr(a[0]!)}>`,
});
getsets(semlockClass, {
  maxvalue: (_th, v) => asSem(v).maxvalue,
  kind: (_th, v) => (asSem(v).flavor === 'rlock' ? RECURSIVE_MUTEX : SEMAPHORE),
  handle: (_th, v) => asSem(v).h,
});

// ---------------------------------------------------------------------------
// Handle: a queue, pipe end, event, condition, barrier or shared cell

export type HandleKind = 'queue' | 'conn' | 'event' | 'cond' | 'barrier' | 'cell';

export const handleClass = builtinClass('_multiprocessing.Handle', T.object, null, '_multiprocessing', 'Handle');
delete T['_multiprocessing.Handle'];

export class Handle extends KObj {
  constructor(
    h: number,
    readonly kind: HandleKind,
    inheritOnly: string | null,
    /** A shared cell's typecode; '' for the other kinds. */
    readonly typecode = '',
  ) {
    super(handleClass, h, inheritOnly);
  }
  pickleKind(): string {
    return this.kind;
  }
  pickleFields(): unknown[] {
    return [this.inheritOnly, this.typecode];
  }
}

for (const kind of ['queue', 'conn', 'event', 'cond', 'barrier', 'cell'] as HandleKind[]) {
  registerKObj(kind, (h, f) => new Handle(h, kind, f[0] as string | null, (f[1] as string) ?? ''));
}

methods(handleClass, {
  __repr__: (_th, a) => `<_multiprocessing.Handle ${(a[0] as Handle).kind} #${(a[0] as Handle).h} at ${addr(a[0]!)}>`,
  __int__: (_th, a) => (a[0] as Handle).h,
});

export const asHandle = (v: Value, kind: HandleKind): Handle => {
  if (!(v instanceof Handle) || v.kind !== kind) throw typeErr(`expected a ${kind} handle, not '${typeOf(v).name}'`);
  return v;
};

// ---------------------------------------------------------------------------
// Shared cells: ctypes values as the kernel stores them (numbers, or strings for
// integers beyond 2**53 and for c_wchar)

interface CType {
  name: string;
  bits: number; // integers: width; 0 for floats and characters
  signed: boolean;
}

const CTYPES: Record<string, CType> = {
  c: { name: 'c_char', bits: 0, signed: false },
  u: { name: 'c_wchar', bits: 0, signed: false },
  b: { name: 'c_byte', bits: 8, signed: true },
  B: { name: 'c_ubyte', bits: 8, signed: false },
  h: { name: 'c_short', bits: 16, signed: true },
  H: { name: 'c_ushort', bits: 16, signed: false },
  i: { name: 'c_int', bits: 32, signed: true },
  I: { name: 'c_uint', bits: 32, signed: false },
  l: { name: 'c_long', bits: 64, signed: true },
  L: { name: 'c_ulong', bits: 64, signed: false },
  q: { name: 'c_longlong', bits: 64, signed: true },
  Q: { name: 'c_ulonglong', bits: 64, signed: false },
  f: { name: 'c_float', bits: 0, signed: true },
  d: { name: 'c_double', bits: 0, signed: true },
  '?': { name: 'c_bool', bits: 1, signed: false },
};

/** The ctypes type of a typecode (long is 32 bits on Windows), or a TypeError as ctypes.sizeof raises. */
export function ctypeOf(typecode: string, platform: string): CType {
  const t = CTYPES[typecode];
  if (t === undefined) throw typeErr('this type has no size');
  if (platform === 'windows' && (typecode === 'l' || typecode === 'L')) return { ...t, bits: 32 };
  return t;
}

/** A Python value stored into a cell of `typecode`, wrapped as C wraps it. */
export function toCell(typecode: string, platform: string, v: Value): number | string {
  const t = ctypeOf(typecode, platform);
  if (typecode === 'c') {
    if (v instanceof PyBytes && v.data.length === 1) return v.data[0]!;
    const i = typeof v === 'boolean' ? undefined : intValue(v);
    if (i !== undefined && i >= 0 && i < 256) return Number(i);
    throw typeErr('one character bytes, bytearray or integer expected');
  }
  if (typecode === 'u') {
    if (typeof v === 'string' && [...v].length === 1) return v;
    throw typeErr(`unicode string expected instead of ${typeOf(v).name} instance`);
  }
  if (typecode === '?') {
    // ctypes stores truth (ctypes.py passes bool(value), so any object works there).
    if (typeof v === 'boolean') return v ? 1 : 0;
    const i = intValue(v);
    if (i !== undefined) return i === 0 || i === 0n ? 0 : 1;
    throw typeErr(`one of True, False expected, not ${typeOf(v).name}`);
  }
  if (t.bits === 0) {
    const x = v instanceof PyFloat ? v.v : typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : typeof v === 'boolean' ? Number(v) : undefined;
    if (x === undefined) throw typeErr(`must be real number, not ${typeOf(v).name}`);
    return typecode === 'f' ? Math.fround(x) : x;
  }
  if (v instanceof PyFloat || typeof v === 'string' || v === null) {
    throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  const i = intValue(v);
  if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const w = t.signed ? BigInt.asIntN(t.bits, BigInt(i)) : BigInt.asUintN(t.bits, BigInt(i));
  return w >= BigInt(Number.MIN_SAFE_INTEGER) && w <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(w) : w.toString();
}

/** What Python sees for a stored cell value. */
export function fromCell(typecode: string, x: number | string): Value {
  if (typecode === 'c') return new PyBytes(Uint8Array.of(x as number));
  if (typecode === 'u') return x as string;
  if (typecode === 'f' || typecode === 'd') return new PyFloat(T.float, x as number);
  if (typecode === '?') return x === 1;
  return typeof x === 'string' ? BigInt(x) : x;
}

/** The zero of a typecode. */
export const cellZero = (typecode: string): number | string => (typecode === 'u' ? '\0' : 0);

