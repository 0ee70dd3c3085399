/**
 * The end of a task's main thread, as CPython's Py_FinalizeEx sees it: report an
 * uncaught exception (SystemExit decides the status instead), wait for the other
 * threads (threading._shutdown), run atexit handlers last-registered first, then
 * the exit syscall (or SIGINT to itself after a KeyboardInterrupt). Runs as a native frame
 * because printing a traceback may call user `__str__`.
 */
import { SIGINT } from '../../kernel/syscalls.js';
import { type Gen, callReq, sysReq } from '../objects/coro.js';
import { E, PyBaseException } from '../objects/exceptions.js';
import type { Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { strCo } from '../runtime/repr.js';
import { TB_PRINT_LIMIT, formatException, unraisable } from '../runtime/traceback.js';
import type { Thread } from '../objects/thread.js';
import { type Stdio, flushCo, flushStdio } from '../types/file.js';

/** What sys.exit(code) turns into: a status, and text for stderr. */
function* exitStatus(th: Thread, exc: PyBaseException): Gen<[number, string]> {
  const args = exc.args.items;
  const code: Value = args.length === 0 ? null : args.length === 1 ? args[0]! : new PyTuple(args);
  if (code === null) return [0, ''];
  if (typeof code === 'number') return [code & 0xff, ''];
  if (typeof code === 'bigint') return [Number(BigInt.asUintN(8, code)), ''];
  if (typeof code === 'boolean') return [code ? 1 : 0, ''];
  return [1, `${yield* strCo(th, code)}\n`];
}

export function* shutdown(th: Thread, exc: PyBaseException | null): Gen {
  let status = 0;
  let interrupted = false;
  if (exc !== null) {
    if (exc.cls === E.SystemExit || exc.cls.isSubclassOf(E.SystemExit!)) {
      const [s, text] = yield* exitStatus(th, exc);
      status = s;
      if (text !== '') yield sysReq({ op: 'write', fd: 2, text });
    } else {
      const text = yield* formatException(th, exc, TB_PRINT_LIMIT);
      const err = (th.interp.state.get('stdio') as Stdio | undefined)?.stderr;
      if (err !== undefined) yield* flushCo(err);
      yield sysReq({ op: 'write', fd: 2, text });
      status = 1;
      interrupted = exc.cls === E.KeyboardInterrupt || exc.cls.isSubclassOf(E.KeyboardInterrupt!);
    }
  }
  // threading._shutdown: the main thread waits for the other non-daemon threads first.
  const joinThreads = th.interp.state.get('threading.shutdown') as Value | undefined;
  if (joinThreads !== undefined) yield* ignoring(th, joinThreads, [], 'in');
  // atexit handlers, last registered first.
  const handlers = th.interp.atexit;
  while (handlers.length > 0) {
    const [fn, args] = handlers.pop()!;
    yield* ignoring(th, fn, args, 'in atexit callback');
  }
  // Py_FinalizeEx flushes stdout and stderr (what a buffered stream still holds).
  yield* flushStdio(th.interp);
  // Interpreter teardown costs CPU time; the exit syscall goes out once it is paid (vm/driver.ts).
  th.debt += th.interp.params.shutdown;
  if (interrupted && th.interp.info.platform !== 'windows') {
    // CPython ends a program that a KeyboardInterrupt stopped by SIGINT, so its parent sees it (exit_sigint).
    yield sysReq({ op: 'sigaction', sig: SIGINT, act: 'default' });
    yield sysReq({ op: 'kill', pid: th.interp.info.pid, sig: SIGINT });
  }
  yield sysReq({ op: 'exit', status });
  return null;
}

/**
 * A shutdown step: `fn(*args)`, whose exception — SystemExit included, the exit
 * status stays — is reported as unraisable and ignored, as CPython 3.11 does.
 */
function* ignoring(th: Thread, fn: Value, args: Value[], msg: string): Gen {
  try {
    yield callReq(fn, args);
  } catch (err) {
    if (!(err instanceof PyBaseException)) throw err;
    yield sysReq({ op: 'write', fd: 2, text: yield* unraisable(th, msg, fn, err) });
  }
  return null;
}
