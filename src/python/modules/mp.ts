/**
 * _mp: the native layer under forkscope's multiprocessing package (stdlib/multiprocessing):
 * processes (fork, spawn, wait, kill, exit), the kernel objects (mp-objects.ts) and
 * their operations, pickling for messages and for the spawn bootstrap, and what a
 * spawned child needs to re-run the main module as `__mp_main__`.
 *
 * One call here is at most a few syscalls; the Python side keeps CPython's structure
 * (checks, reprs, names) and calls in only where the kernel is involved.
 */
import { Coro, type Gen, sysReq } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, exc, newExc, osErr, typeErr } from '../objects/exceptions.js';
import { PyFunction } from '../objects/function.js';
import { fn } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { PySingleton, type Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';
import { isErr, waitstatusToExitcode } from '../../kernel/syscalls.js';
import type { SemFlavor } from '../../kernel/types.js';
import { compilePython } from '../compile/index.js';
import { dumpsCo, fromLatin1, latin1, loadsCo } from './pickler.js';
import { intValue } from '../types/numbers.js';
import { listOf } from '../runtime/iter.js';
import { PyFile } from '../types/file.js';
import { basename, type Interpreter } from '../objects/interpreter.js';
import { NativeFrame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { OBJ, RAW, decodeObj, encodeObj } from './mp-messages.js';
import { labelOf, varNames } from './mp-names.js';
import { Handle, SemLock, asHandle, cellZero, ctypeOf, fromCell, toCell } from './mp-objects.js';
import { flushStdio, stdio, stdioPending } from './stdio.js';
import { forkCoro, forkFailed } from './forking.js';
import { printExc, timeoutNs } from './thread.js';
import type { NativeFn } from '../objects/function.js';

const sentinelClass = builtinClass('_mp.sentinel', T.object, null, '_mp', 'sentinel');
delete T['_mp.sentinel'];
/** Returned by qget/qput instead of raising queue.Empty/Full (the Python side raises its own classes). */
const EMPTY = new PySingleton(sentinelClass, 'EMPTY');
const FULL = new PySingleton(sentinelClass, 'FULL');

const co = (g: Gen): Coro => new Coro(g);

/**
 * The queues whose feeder thread holds data this process put (the kernel answered a put
 * with 'fed': the pipe was full). Before it exits normally, the process waits until that
 * data is in the pipe, as CPython's exit joins each queue's feeder thread
 * (Queue._finalize_join); os._exit and cancel_join_thread do not wait, and the data is lost.
 * Kept only once a put is fed, so programs with small items do no extra work.
 */
function feeding(interp: Interpreter, h: number): void {
  if ((interp.state.get('mp.cancelled') as Set<number> | undefined)?.has(h)) return;
  let fed = interp.state.get('mp.fed') as Set<number> | undefined;
  if (fed === undefined) {
    interp.state.set('mp.fed', (fed = new Set()));
    interp.atexit.push([FLUSH_AT_EXIT, []]);
    // A forked child has no feeder thread: threads do not survive fork.
    interp.forkHooks.push((child) => child.state.delete('mp.fed'));
  }
  fed.add(h);
}

/** Waits until this process's feeder data for queue `h` (null: every queue) is in the pipe. */
function* flushFed(interp: Interpreter, h: number | null): Gen {
  const fed = interp.state.get('mp.fed') as Set<number> | undefined;
  if (fed === undefined) return null;
  for (const q of h === null ? [...fed] : fed.has(h) ? [h] : []) {
    yield sysReq({ op: 'qflush', h: q });
    fed.delete(q);
  }
  return null;
}

const FLUSH_AT_EXIT = fn('_finalize_join', (th) => co(flushFed(th.interp, null)), '_mp');
const num = (v: Value | undefined, dflt = 0): number => (v === undefined || v === null ? dflt : Number(intValue(v) ?? dflt));
const str = (v: Value | undefined): string | null => (typeof v === 'string' ? v : null);

// ---------------------------------------------------------------------------
// Processes

function checkForkable(th: Thread): void {
  for (let f = th.top; f !== null; f = f.back) {
    if (f instanceof NativeFrame && f.replay === null) {
      throw exc(E.RuntimeError!, `forkscope: cannot fork from inside ${f.name}(), whose state cannot be copied into the child`);
    }
  }
}

/** waitpid: the child's exit code once it has ended (reaping it), None while it runs or when it is not ours. */
function* waitCo(pid: number, block: boolean): Gen {
  const r = yield sysReq({ op: 'wait', pid, nohang: !block });
  if (isErr(r)) return null;
  const [p, status] = r as [number, number];
  return p === pid ? waitstatusToExitcode(status) : null;
}

function envOf(v: Value | undefined): Record<string, string> | undefined {
  if (!(v instanceof PyDict)) return undefined;
  const out: Record<string, string> = {};
  for (const e of v.entries()) if (typeof e.key === 'string' && typeof e.value === 'string') out[e.key] = e.value;
  return out;
}

/** The spawn bootstrap this child was started with (loader.ts: PythonImageData.spawn). */
function spawnInfo(interp: Interpreter): { data?: string[]; pipe?: number } {
  const s = interp.state.get('mp.spawn') as { data?: string[]; pipe?: number } | undefined;
  if (s === undefined) throw exc(E.RuntimeError!, 'not a spawned multiprocessing child');
  return s;
}

// ---------------------------------------------------------------------------
// The module

export function makeMp(interp: Interpreter): PyModule {
  const m = new PyModule('_mp');
  const ns = m.ns;
  const def = (name: string, f: NativeFn): void => ns.setStr(name, fn(name, f, '_mp'));
  ns.setStr('EMPTY', EMPTY);
  ns.setStr('FULL', FULL);
  ns.setStr('platform', interp.info.platform);
  ns.setStr('SemLock', semlockFactory());
  ns.setStr('SEM_VALUE_MAX', 2147483647);

  // -- processes
  def('cpu_count', (th) => th.interp.info.cpus);
  def('fork', (th) => {
    checkForkable(th);
    // popen_fork flushes the standard streams first (util._flush_std_streams), so that the
    // child does not inherit what they hold back; the child's copy of this call starts at the fork.
    return forkCoro(th, stdioPending(th.interp) ? (t) => flushStdio(t.interp) : null);
  });
  // spawn(pickles | None, handles, pipe | None, env, name, label) -> pid
  def('spawn', (th, a) => {
    const [pickles, handles, pipe, env, name] = a;
    return co(
      (function* () {
        const hs = (yield* listOf(th, handles ?? null)).map((h) => (h instanceof Handle || h instanceof SemLock ? h.h : num(h)));
        const data = pickles instanceof PyList || pickles instanceof PyTuple ? (pickles.items as string[]) : undefined;
        const main = th.interp.mainPath;
        const image = {
          kind: 'python',
          label: `${basename(main)} (__mp_main__)`,
          data: JSON.stringify({
            main,
            argv: th.interp.argv,
            name: '__mp_main__',
            env: envOf(env),
            spawn: pipe instanceof Handle ? { pipe: pipe.h } : { data },
          }),
        };
        yield* flushStdio(th.interp);
        const pid = yield sysReq({ op: 'spawn', opts: { image, name: str(name) ?? undefined, handles: hs } });
        if (isErr(pid)) throw forkFailed(pid);
        return pid as number;
      })(),
    );
  });
  def('waitpid', (_th, a) => co(waitCo(num(a[0]), a[1] === true)));
  def('kill', (_th, a) => {
    const [pid, sig] = [num(a[0]), num(a[1])];
    return co((function* () { return !isErr(yield sysReq({ op: 'kill', pid, sig })); })());
  });
  def('alive', (_th, a) => {
    const pid = num(a[0]);
    return co((function* () { return (yield sysReq({ op: 'status', pid })) === 'alive'; })());
  });
  def('exit', (th, a) => {
    const status = Number(BigInt.asUintN(8, BigInt(num(a[0], 1))));
    // A fork child's end: Process._bootstrap flushes the standard streams before os._exit, and
    // util._exit_function has joined the queues' feeder threads.
    return co((function* () { yield* flushStdio(th.interp); yield* flushFed(th.interp, null); yield sysReq({ op: 'exit', status }); return null; })());
  });
  def('setname', (_th, a) => {
    const name = str(a[0]) ?? '';
    return co((function* () { yield sysReq({ op: 'setname', name }); return null; })());
  });
  // sentinel(name) -> (r, w): a pipe whose write end only the child holds; r reports EOF once it has exited.
  def('sentinel', (_th, a) => {
    const label = `sentinel of ${str(a[0]) ?? 'a process'}`;
    return co(
      (function* () {
        const [r, w] = (yield sysReq({ op: 'pipe', duplex: false, label })) as [number, number];
        return new PyTuple([new Handle(r, 'conn', null), new Handle(w, 'conn', null)]);
      })(),
    );
  });
  def('close_stdin', (th) => {
    const io = stdio(th.interp);
    io.stdin = new PyFile('/dev/null', 'r', -1, '/dev/null');
    const sys = th.interp.modules.getStr('sys');
    if (sys instanceof PyModule) sys.ns.setStr('stdin', io.stdin);
    return null;
  });
  def('print_exc', (th, a) => printExc(th, str(a[0]) ?? ''));

  // -- pickling
  // dumps(obj, spawning=False) -> (str, [handles])
  def('dumps', (th, a) => {
    const [obj, spawning] = a;
    return co(
      (function* () {
        const p = yield* dumpsCo(th, obj ?? null, spawning === true);
        return new PyTuple([p.data, new PyList(p.handles)]);
      })(),
    );
  });
  def('loads', (th, a) => {
    const data = str(a[0]);
    if (data === null) throw typeErr('loads() needs a str');
    return co(loadsCo(th, data));
  });

  // -- the spawned child's bootstrap
  // spawn_data() -> the next pickle the parent sent (EOFError('Ran out of input') when it sent no more)
  def('spawn_data', (th) => {
    const info = spawnInfo(th.interp);
    return co(
      (function* () {
        if (info.pipe !== undefined) {
          const r = yield sysReq({ op: 'recv', h: info.pipe, timeout: null });
          if (isErr(r)) throw exc(E.EOFError!, 'Ran out of input');
          return (r as string).slice(OBJ.length);
        }
        const next = info.data?.shift();
        if (next === undefined) throw exc(E.EOFError!, 'Ran out of input');
        return next;
      })(),
    );
  });
  // main_function() -> a function that runs the main script as the module __mp_main__ (also sys.modules['__main__'])
  def('main_function', (th) => {
    const path = th.interp.mainPath;
    const source = th.interp.sources[path];
    if (source === undefined) throw osErr('FileNotFoundError', path);
    const mod = new PyModule('__mp_main__');
    mod.ns.setStr('__file__', th.interp.fileName(path));
    mod.ns.setStr('__builtins__', th.interp.builtinsModule);
    mod.ns.setStr('__doc__', null);
    th.interp.modules.setStr('__mp_main__', mod);
    th.interp.modules.setStr('__main__', mod);
    th.interp.mainModule = mod;
    const code = compilePython(source, th.interp.fileName(path));
    return new PyFunction(code, mod.ns, null, null, null);
  });

  // -- semaphores and locks
  // queue(maxsize, what, label=None, feeder=False) -> Handle (feeder: puts go through a feeder thread, as multiprocessing.Queue's do)
  def('queue', (th, a) => {
    const [maxsize, what, label, feeder] = [num(a[0]), str(a[1]), labelOf(th, a[2]), a[3] === true];
    return co(
      (function* () {
        const h = (yield sysReq({ op: 'queue', maxsize: maxsize > 0 ? maxsize : 0, label, ...(feeder ? { feeder } : {}) })) as number;
        return new Handle(h, 'queue', what);
      })(),
    );
  });
  // qput(q, obj, block, timeout) -> None | FULL
  def('qput', (th, a) => {
    const q = asHandle(a[0]!, 'queue');
    const timeout = timeoutNs(a[3], a[2] !== false);
    return co(
      (function* () {
        const msg = yield* encodeObj(th, a[1] ?? null);
        const r = yield sysReq({ op: 'put', h: q.h, data: msg.data, repr: msg.repr, timeout, handles: msg.handles });
        if (r === 'fed') feeding(th.interp, q.h);
        return isErr(r) ? FULL : null;
      })(),
    );
  });
  // qget(q, block, timeout) -> obj | EMPTY
  def('qget', (th, a) => {
    const q = asHandle(a[0]!, 'queue');
    const timeout = timeoutNs(a[2], a[1] !== false);
    return co(
      (function* () {
        const r = yield sysReq({ op: 'get', h: q.h, timeout });
        if (isErr(r)) return EMPTY;
        return yield* decodeObj(th, r as string);
      })(),
    );
  });
  // qflush(q): Queue.join_thread — returns once this process's feeder data for q is in the pipe.
  def('qflush', (th, a) => {
    const q = asHandle(a[0]!, 'queue');
    return co(flushFed(th.interp, q.h));
  });
  // qcancel(q): Queue.cancel_join_thread — exiting will not wait for q's feeder (its data is lost).
  def('qcancel', (th, a) => {
    const q = asHandle(a[0]!, 'queue');
    let cancelled = th.interp.state.get('mp.cancelled') as Set<number> | undefined;
    if (cancelled === undefined) th.interp.state.set('mp.cancelled', (cancelled = new Set()));
    cancelled.add(q.h);
    (th.interp.state.get('mp.fed') as Set<number> | undefined)?.delete(q.h);
    return null;
  });
  def('qsize', (_th, a) => {
    const q = asHandle(a[0]!, 'queue');
    return co((function* () { return (yield sysReq({ op: 'qsize', h: q.h })) as number; })());
  });
  // qempty(q) -> bool: whether a poll finds nothing in q's pipe (it can miss an item a feeder thread is still writing)
  def('qempty', (_th, a) => {
    const q = asHandle(a[0]!, 'queue');
    return co((function* () { return (yield sysReq({ op: 'qempty', h: q.h })) as boolean; })());
  });
  def('task_done', (_th, a) => {
    const q = asHandle(a[0]!, 'queue');
    return co(
      (function* () {
        if (isErr(yield sysReq({ op: 'task_done', h: q.h }))) throw exc(E.ValueError!, 'task_done() called too many times');
        return null;
      })(),
    );
  });
  def('qjoin', (_th, a) => {
    const q = asHandle(a[0]!, 'queue');
    const timeout = timeoutNs(a[1]);
    return co((function* () { return !isErr(yield sysReq({ op: 'qjoin', h: q.h, timeout })); })());
  });

  // -- pipes
  // pipe(duplex) -> (Handle, Handle), named after the variables they are unpacked into
  def('pipe', (th, a) => {
    const duplex = a[0] !== false;
    const [n1, n2] = varNames(th, 2);
    return co(
      (function* () {
        const [x, y] = (yield sysReq({ op: 'pipe', duplex, label: '' })) as [number, number];
        if (n1) yield sysReq({ op: 'label', h: x, label: n1 });
        if (n2) yield sysReq({ op: 'label', h: y, label: n2 });
        return new PyTuple([new Handle(x, 'conn', null), new Handle(y, 'conn', null)]);
      })(),
    );
  });
  def('send', (th, a) => {
    const c = asHandle(a[0]!, 'conn');
    const spawning = a[2] === true;
    return co(
      (function* () {
        const msg = yield* encodeObj(th, a[1] ?? null, spawning);
        const r = yield sysReq({ op: 'send', h: c.h, data: msg.data, repr: msg.repr, timeout: null, handles: msg.handles });
        if (isErr(r)) throw osErr('BrokenPipeError');
        return null;
      })(),
    );
  });
  def('send_bytes', (th, a) => {
    const c = asHandle(a[0]!, 'conn');
    const b = a[1];
    if (!(b instanceof PyBytes)) throw typeErr(`a bytes-like object is required, not '${typeOf(b ?? null).name}'`);
    const n = b.data.length;
    const offset = num(a[2]);
    if (offset < 0) throw exc(E.ValueError!, 'offset is negative');
    if (n < offset) throw exc(E.ValueError!, 'buffer length < offset');
    const size = a[3] === undefined || a[3] === null ? n - offset : num(a[3]);
    if (size < 0) throw exc(E.ValueError!, 'size is negative');
    if (offset + size > n) throw exc(E.ValueError!, 'buffer length < offset + size');
    const data = b.data.subarray(offset, offset + size);
    return co(
      (function* () {
        const r = yield sysReq({ op: 'send', h: c.h, data: RAW + latin1(data), repr: `${data.length} bytes`, timeout: null });
        if (isErr(r)) throw osErr('BrokenPipeError');
        return null;
      })(),
    );
  });
  // recv(c, raw=False) -> obj (or bytes); EOFError when every writer is gone
  def('recv', (th, a) => {
    const c = asHandle(a[0]!, 'conn');
    const raw = a[1] === true;
    return co(
      (function* () {
        const r = yield sysReq({ op: 'recv', h: c.h, timeout: null });
        if (isErr(r)) {
          if (r.err === 'EOF') throw newExc(E.EOFError!, []);
          throw exc(E.OSError!, 'handle is closed');
        }
        const data = r as string;
        if (raw) return new PyBytes(fromLatin1(data[0] === RAW ? data.slice(1) : unescape(encodeURIComponent(data.slice(1)))));
        return yield* decodeObj(th, data);
      })(),
    );
  });
  // poll(c, timeout): a Connection's handle, or a Process sentinel (its number)
  def('poll', (_th, a) => {
    const h = a[0] instanceof Handle ? asHandle(a[0], 'conn').h : num(a[0]);
    const timeout = timeoutNs(a[1]);
    return co((function* () { return (yield sysReq({ op: 'poll', h, timeout })) === true; })());
  });
  def('close', (_th, a) => {
    const v = a[0]!;
    const h = v instanceof Handle || v instanceof SemLock ? v.h : num(v);
    return co((function* () { yield sysReq({ op: 'close', h }); return null; })());
  });

  // -- events
  def('event', (th, a) => {
    const [what, label] = [str(a[0]), labelOf(th, a[1])];
    return co((function* () { return new Handle((yield sysReq({ op: 'event', label })) as number, 'event', what); })());
  });
  def('evset', (_th, a) => {
    const [e, set] = [asHandle(a[0]!, 'event'), a[1] !== false];
    return co((function* () { yield sysReq({ op: 'evset', h: e.h, set }); return null; })());
  });
  def('evwait', (_th, a) => {
    const [e, timeout] = [asHandle(a[0]!, 'event'), timeoutNs(a[1])];
    return co((function* () { return (yield sysReq({ op: 'evwait', h: e.h, timeout })) === true; })());
  });
  def('evget', (_th, a) => {
    const e = asHandle(a[0]!, 'event');
    return co((function* () { return (yield sysReq({ op: 'evget', h: e.h })) === true; })());
  });

  // -- conditions (on a SemLock that must be a Lock or an RLock)
  def('cond', (th, a) => {
    const lock = a[0];
    if (!(lock instanceof SemLock)) throw typeErr('Condition needs a multiprocessing Lock or RLock');
    const [what, label] = [str(a[1]), labelOf(th, a[2])];
    return co((function* () { return new Handle((yield sysReq({ op: 'cond', lock: lock.h, label })) as number, 'cond', what); })());
  });
  // cwait(c, timeout) -> True | False (timed out) | None (lock not held)
  def('cwait', (_th, a) => {
    const [c, timeout] = [asHandle(a[0]!, 'cond'), timeoutNs(a[1])];
    return co(
      (function* () {
        const r = yield sysReq({ op: 'cwait', h: c.h, timeout });
        return isErr(r) ? null : r === true;
      })(),
    );
  });
  // notify(c, n) -> False when the lock is not held (n = -1: all)
  def('notify', (_th, a) => {
    const [c, n] = [asHandle(a[0]!, 'cond'), num(a[1], 1)];
    return co((function* () { return !isErr(yield sysReq({ op: 'notify', h: c.h, n })); })());
  });

  // -- barriers
  def('barrier', (th, a) => {
    const [parties, what, label] = [num(a[0]), str(a[1]), labelOf(th, a[2])];
    return co((function* () { return new Handle((yield sysReq({ op: 'barrier', parties, label })) as number, 'barrier', what); })());
  });
  // bwait(b, timeout) -> index, or -1 when the barrier is (or breaks) broken
  def('bwait', (_th, a) => {
    const [b, timeout] = [asHandle(a[0]!, 'barrier'), timeoutNs(a[1])];
    return co(
      (function* () {
        const r = yield sysReq({ op: 'bwait', h: b.h, timeout });
        return isErr(r) ? -1 : (r as number);
      })(),
    );
  });
  def('babort', (_th, a) => {
    const b = asHandle(a[0]!, 'barrier');
    return co((function* () { yield sysReq({ op: 'babort', h: b.h }); return null; })());
  });
  def('breset', (_th, a) => {
    const b = asHandle(a[0]!, 'barrier');
    return co((function* () { yield sysReq({ op: 'breset', h: b.h }); return null; })());
  });
  // bstate(b) -> (parties, n_waiting, broken)
  def('bstate', (_th, a) => {
    const b = asHandle(a[0]!, 'barrier');
    return co(
      (function* () {
        const r = (yield sysReq({ op: 'bstate', h: b.h })) as { parties: number; waiting: number; broken: boolean };
        return new PyTuple([r.parties, r.waiting, r.broken]);
      })(),
    );
  });

  // -- shared memory (Value, Array)
  // cell(typecode, init, lock, what, label=None) -> Handle; init: a size or a sequence of values
  def('cell', (th, a) => {
    const typecode = str(a[0]) ?? '';
    const platform = th.interp.info.platform;
    ctypeOf(typecode, platform);
    const lock = a[2] instanceof SemLock ? a[2].h : -1;
    const [what, label] = [str(a[3]), labelOf(th, a[4])];
    return co(
      (function* () {
        const init = a[1] ?? 0;
        let values: (number | string)[];
        if (typeof init === 'number' || typeof init === 'bigint') values = new Array<number | string>(Number(init)).fill(cellZero(typecode));
        else if (init instanceof PyBytes && typecode === 'c') values = [...init.data];
        else values = (yield* listOf(th, init)).map((v) => toCell(typecode, platform, v));
        const h = (yield sysReq({ op: 'cell', typecode, values, lock, label })) as number;
        return new Handle(h, 'cell', what, typecode);
      })(),
    );
  });
  // shm(name, size, create) -> Handle of the cell holding /dev/shm/<name>'s bytes, and its size (shm_open + mmap)
  def('shm', (_th, a) => {
    const [name, size, create] = [str(a[0]) ?? '', num(a[1]), a[2] === true];
    return co(
      (function* () {
        const r = yield sysReq({ op: 'shm', name, size, create });
        if (isErr(r)) throw osErr(r.err === 'EEXIST' ? 'FileExistsError' : 'FileNotFoundError', `/${name}`);
        const [h, n] = r as [number, number];
        return new PyTuple([new Handle(h, 'cell', null, 'B'), n]);
      })(),
    );
  });
  // ctype_name(typecode) -> 'c_int' (ctypes' class name; TypeError for an unknown typecode)
  def('ctype_name', (th, a) => ctypeOf(str(a[0]) ?? '', th.interp.info.platform).name);
  // cstore(typecode, value) -> value as a C variable of that type holds it (2**32 + 5 in 'i' is 5):
  // what a ctypes object outside shared memory keeps.
  def('cstore', (th, a) => {
    const typecode = str(a[0]) ?? '';
    return fromCell(typecode, toCell(typecode, th.interp.info.platform, a[1] ?? null));
  });
  def('cread', (_th, a) => {
    const [c, i] = [asHandle(a[0]!, 'cell'), num(a[1])];
    return co((function* () { return fromCell(c.typecode, (yield sysReq({ op: 'cread', h: c.h, index: i })) as number | string); })());
  });
  def('cwrite', (th, a) => {
    const [c, i] = [asHandle(a[0]!, 'cell'), num(a[1])];
    const value = toCell(c.typecode, th.interp.info.platform, a[2] ?? null);
    return co((function* () { yield sysReq({ op: 'cwrite', h: c.h, index: i, value }); return null; })());
  });
  // cread_range(c, start, stop) -> list (bytes for 'c')
  def('cread_range', (_th, a) => {
    const [c, start, stop] = [asHandle(a[0]!, 'cell'), num(a[1]), num(a[2])];
    return co(
      (function* () {
        const out: (number | string)[] = [];
        for (let i = start; i < stop; i++) out.push((yield sysReq({ op: 'cread', h: c.h, index: i })) as number | string);
        if (c.typecode === 'c') return new PyBytes(Uint8Array.from(out as number[]));
        return new PyList(out.map((x) => fromCell(c.typecode, x)));
      })(),
    );
  });
  // cwrite_range(c, start, values)
  def('cwrite_range', (th, a) => {
    const [c, start] = [asHandle(a[0]!, 'cell'), num(a[1])];
    const platform = th.interp.info.platform;
    return co(
      (function* () {
        const src = a[2] ?? null;
        const items = src instanceof PyBytes ? [...src.data] : (yield* listOf(th, src)).map((v) => toCell(c.typecode, platform, v));
        for (let i = 0; i < items.length; i++) yield sysReq({ op: 'cwrite', h: c.h, index: start + i, value: items[i]! });
        return null;
      })(),
    );
  });
  return m;
}

/** SemLock(flavor, value, maxvalue, what, label=None): a new kernel semaphore of that flavor. */
function semlockFactory(): Value {
  return fn(
    'SemLock',
    (th, a) => {
      const flavor = str(a[0]) as SemFlavor;
      const value = num(a[1]);
      const maxvalue = num(a[2]);
      const [what, label] = [str(a[3]), labelOf(th, a[4])];
      if (value < 0) {
        const e = newExc(E.OSError!, [22, 'Invalid argument']);
        e.dict!.setStr('errno', 22);
        e.dict!.setStr('strerror', 'Invalid argument');
        throw e;
      }
      return co(
        (function* () {
          const h = (yield sysReq({ op: 'sem', flavor, value, label })) as number;
          return new SemLock(h, what, flavor, maxvalue);
        })(),
      );
    },
    '_mp',
  );
}

