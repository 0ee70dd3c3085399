/**
 * _signal: the platform's signal numbers, and handlers that run (the `signal` module,
 * stdlib/signal.py, wraps the numbers in the Signals IntEnum, as CPython 3.11 does).
 *
 * The process's handlers are a dict in `interp.state` (so fork copies them and spawn
 * starts afresh, as in CPython), kept in step with the kernel's dispositions by the
 * `sigaction` syscall: a callable catches, SIG_IGN ignores, SIG_DFL restores the default
 * action. The kernel hands caught signals to the main thread, which calls `runHandler`
 * (installed as `interp.onSignal`, see vm/signals.ts). On Windows, handlers are only
 * recorded: there signals other than Ctrl-C end a process (TerminateProcess).
 */
import { isErr, SIGKILL, SIGSTOP, type SigAction } from '../../kernel/syscalls.js';
import { type Gen, type NativeResult, callReq, co, sysReq } from '../objects/coro.js';
import { E, PyBaseException, exc, newExc, osErr, typeErr, valueErr } from '../objects/exceptions.js';
import { PyBuiltin, PyFunction, PyMethod } from '../objects/function.js';
import type { Interpreter } from '../objects/interpreter.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import { PyBoxed } from '../objects/boxed.js';
import { fn, one, unpack } from '../objects/native.js';
import { PyClass, PyFloat, type Value } from '../objects/object.js';
import { builtinClass } from '../objects/boot.js';
import { float } from '../runtime/arith.js';
import { PySet } from '../objects/set.js';
import { setAddCo } from '../runtime/settable.js';
import type { Thread } from '../objects/thread.js';
import { PyTuple } from '../objects/tuple.js';
import { T, typeOf } from '../objects/types.js';
import { intValue } from '../types/numbers.js';
import { frameView } from '../types/frame.js';

const POSIX: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10,
  SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19,
  SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPWR: 30, SIGSYS: 31, SIGRTMIN: 34, SIGRTMAX: 64,
};
const WINDOWS: Record<string, number> = { SIGINT: 2, SIGILL: 4, SIGFPE: 8, SIGSEGV: 11, SIGTERM: 15, SIGBREAK: 21, SIGABRT: 22 };
/**
 * The signals stdlib/signal.py makes Signals members of as it runs (its loop over
 * `_numbers`); `finishSignal` adds the platform's others afterwards, without running
 * bytecode, so that importing signal (every multiprocessing program does) costs what
 * it always has.
 */
const FIRST_POSIX = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGABRT', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGCHLD', 'SIGCONT', 'SIGSTOP'];

/** strsignal(3) on Linux (glibc). */
const DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
  12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
  17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped', 21: 'Stopped (tty input)',
  22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded', 25: 'File size limit exceeded',
  26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible',
  30: 'Power failure', 31: 'Bad system call',
};

const SIG_DFL = 0;
const SIG_IGN = 1;
/** CPython's NSIG on Linux (signal numbers are below it). */
const PY_NSIG = 65;

/** default_int_handler: what SIGINT runs until a program says otherwise. */
const defaultIntHandler = fn('default_int_handler', () => {
  throw exc(E.KeyboardInterrupt!);
}, '_signal');

/** The process's handlers: signal number → handler (absent: SIG_DFL). Created as CPython starts up. */
function handlersOf(interp: Interpreter): Map<number, Value> {
  let d = interp.state.get('signal.handlers') as Map<number, Value> | undefined;
  if (d === undefined) {
    d = new Map();
    d.set(2, defaultIntHandler);
    if (interp.info.platform !== 'windows') {
      d.set(13, SIG_IGN);
      d.set(25, SIG_IGN);
    }
    interp.state.set('signal.handlers', d);
  }
  return d;
}

/** Runs the handler of caught signal `sig` in the main thread (see vm/signals.ts). */
export function runHandler(th: Thread, sig: number): NativeResult {
  const h = handlersOf(th.interp).get(sig);
  if (h === undefined || h === SIG_DFL || h === SIG_IGN) return null;
  // CPython passes the frame the main thread stands in (a snapshot here: types/frame.ts).
  const frame = frameView(th.top);
  return co((function* (): Gen {
    yield callReq(h, [sig, frame]);
    return null;
  })());
}

/** The members of enum class `name` (Signals, Handlers) of the signal module, by value; empty before it is imported. */
function enumMembers(interp: Interpreter, name: string): Map<number, Value> {
  const out = new Map<number, Value>();
  const mod = interp.modules.getStr('signal');
  const cls = mod instanceof PyModule ? mod.ns.getStr(name) : undefined;
  const map = cls instanceof PyClass ? cls.dict?.getStr('_member_map_') : undefined;
  if (map instanceof PyDict) for (const v of map.values()) if (v instanceof PyBoxed) out.set(Number(v.value), v);
  return out;
}

/** A handler as signal.signal and signal.getsignal return it: SIG_DFL and SIG_IGN as Handlers members. */
const asHandler = (interp: Interpreter, h: Value): Value => (typeof h === 'number' ? (enumMembers(interp, 'Handlers').get(h) ?? h) : h);

/**
 * After stdlib/signal.py ran: the platform's other signals as Signals members (in value
 * order, as CPython's enum lists them), and the functions it takes from _signal.
 */
export function finishSignal(interp: Interpreter, m: PyModule): void {
  const signals = m.ns.getStr('Signals');
  if (!(signals instanceof PyClass)) return;
  const map = signals.dict?.getStr('_member_map_');
  if (!(map instanceof PyDict)) return;
  const table = interp.info.platform === 'windows' ? WINDOWS : POSIX;
  const byValue: [number, string, Value][] = [];
  for (const [name, value] of Object.entries(table)) {
    let member = map.getStr(name);
    if (member === undefined) {
      const dict = new PyDict();
      dict.setStr('_name_', name);
      member = new PyBoxed(signals, dict, value);
      m.ns.setStr(name, member);
    }
    byValue.push([value, name, member]);
  }
  byValue.sort((a, b) => a[0] - b[0]);
  const sorted = new PyDict();
  for (const [, name, member] of byValue) sorted.setStr(name, member);
  signals.dict!.setStr('_member_map_', sorted);
  const lib = interp.modules.getStr('_signal');
  if (!(lib instanceof PyModule)) return;
  for (const name of ['alarm', 'pause', 'default_int_handler', 'strsignal', 'valid_signals', 'raise_signal', 'NSIG', 'setitimer', 'getitimer', 'ITIMER_REAL', 'ITIMER_VIRTUAL', 'ITIMER_PROF', 'ItimerError']) {
    const v = lib.ns.getStr(name);
    if (v !== undefined) m.ns.setStr(name, v);
  }
}

const isCallable = (x: Value): boolean =>
  x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyMethod || x instanceof PyClass || typeOf(x).lookup('__call__') !== undefined;

function intArg(v: Value): number {
  const i = intValue(v);
  if (i === undefined) throw typeErr(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(i);
}

function signum(v: Value): number {
  const sig = intArg(v);
  if (sig < 1 || sig >= PY_NSIG) throw valueErr('signal number out of range');
  return sig;
}

const ITIMER_REAL = 0;
/** signal.ItimerError: CPython names it signal.itimer_error, an OSError. */
const ItimerError = builtinClass('signal.itimer_error', E.OSError!, null, 'signal', 'itimer_error');
delete T['signal.itimer_error'];

function itimerErr(): PyBaseException {
  const e = newExc(ItimerError, [22, 'Invalid argument']);
  e.dict!.setStr('errno', 22);
  e.dict!.setStr('strerror', 'Invalid argument');
  e.dict!.setStr('filename', null);
  return e;
}

function checkWhich(v: Value): void {
  const which = intArg(v);
  if (which === ITIMER_REAL) return;
  if (which === 1 || which === 2) throw exc(E.NotImplementedError!, 'forkscope has ITIMER_REAL only: ITIMER_VIRTUAL and ITIMER_PROF count CPU time, which its timers do not');
  throw itimerErr();
}

/** Seconds as setitimer takes them: CPython rounds up to the nanosecond, then to the microsecond of a timeval. */
function usec(v: Value): number {
  const secs = v instanceof PyFloat ? v.v : intArg(v);
  const ns = Math.ceil(secs * 1e9);
  return Math.ceil(ns / 1000);
}

/** A timeval as CPython returns it: whole microseconds (Linux truncates), as seconds. */
const timeval = (ns: number): PyFloat => {
  const us = Math.floor(ns / 1000);
  return float(Math.floor(us / 1e6) + (us % 1e6) / 1e6);
};

function* itimerCo(ns: number | null, every: number): Gen {
  const [left, was] = (yield sysReq({ op: 'itimer', ns, every })) as [number, number];
  return new PyTuple([timeval(left), timeval(was)]);
}

/** Whether `th` is its process's main thread (the only one that may set handlers). */
const isMain = (th: Thread): boolean => th.interp.threads.keys().next().value === th.tid;

export function makeSignal(interp: Interpreter): PyModule {
  const m = new PyModule('_signal');
  const windows = interp.info.platform === 'windows';
  const table = windows ? WINDOWS : POSIX;
  for (const [k, v] of Object.entries(table)) m.ns.setStr(k, v);
  m.ns.setStr('SIG_DFL', SIG_DFL);
  m.ns.setStr('SIG_IGN', SIG_IGN);
  m.ns.setStr('NSIG', windows ? 23 : PY_NSIG);
  m.ns.setStr('default_int_handler', defaultIntHandler);
  const def = (name: string, f: (th: Thread, a: Value[]) => NativeResult): void => m.ns.setStr(name, fn(name, f as never, '_signal'));
  def('signal', (th, a) => {
    unpack('signal', a, 2, 2);
    const sig = signum(a[0]!);
    const h = a[1]!;
    const code = intValue(h);
    if (!isCallable(h) && (code === undefined || (Number(code) !== SIG_DFL && Number(code) !== SIG_IGN))) {
      throw typeErr('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
    }
    if (!isMain(th)) throw valueErr('signal only works in main thread of the main interpreter');
    if (windows && !Object.values(WINDOWS).includes(sig)) throw valueErr('invalid signal value');
    if (sig === SIGKILL || sig === SIGSTOP) throw osErr('InvalidArgument');
    const handlers = handlersOf(th.interp);
    const prev = asHandler(th.interp, handlers.get(sig) ?? SIG_DFL);
    const value = code !== undefined && !isCallable(h) ? Number(code) : h;
    const act: SigAction = value === SIG_DFL ? 'default' : value === SIG_IGN ? 'ignore' : 'catch';
    handlers.set(sig, value);
    if (windows) return prev;
    return co((function* (): Gen {
      yield sysReq({ op: 'sigaction', sig, act });
      return prev;
    })());
  });
  def('getsignal', (th, a) => asHandler(th.interp, handlersOf(th.interp).get(signum(one('getsignal', a))) ?? SIG_DFL));
  def('strsignal', (_th, a) => {
    const sig = signum(one('strsignal', a));
    return DESCRIPTIONS[sig] ?? (sig >= 34 ? `Real-time signal ${sig - 34}` : `Unknown signal ${sig}`);
  });
  def('valid_signals', (th) =>
    co((function* (): Gen {
      const s = new PySet();
      const members = enumMembers(th.interp, 'Signals');
      for (let i = 1; i < PY_NSIG; i++) if (i !== 32 && i !== 33) yield* setAddCo(th, s, members.get(i) ?? i);
      return s;
    })()),
  );
  if (!windows) {
    def('alarm', (_th, a) => {
      const secs = intArg(one('alarm', a));
      return co((function* (): Gen {
        const left = (yield sysReq({ op: 'alarm', ns: Math.max(0, secs) * 1e9 })) as number;
        // glibc's alarm(): whole seconds, rounded to nearest, and at least 1 while one is pending.
        const whole = Math.floor(left / 1e9);
        return left === 0 ? 0 : Math.max(1, whole + (left % 1e9 >= 5e8 ? 1 : 0));
      })());
    });
    // Interval timers: ITIMER_REAL is the kernel's alarm with an interval; the other two
    // count CPU time, which forkscope's timers do not. Native, so that importing signal
    // costs what it did before they existed.
    m.ns.setStr('ITIMER_REAL', ITIMER_REAL);
    m.ns.setStr('ITIMER_VIRTUAL', 1);
    m.ns.setStr('ITIMER_PROF', 2);
    m.ns.setStr('ItimerError', ItimerError);
    def('setitimer', (_th, a) => {
      unpack('setitimer', a, 2, 3);
      checkWhich(a[0]!);
      const ns = usec(a[1]!) * 1000;
      const every = a.length > 2 ? usec(a[2]!) * 1000 : 0;
      if (ns < 0 || every < 0) throw itimerErr();
      return co(itimerCo(ns, every));
    });
    def('getitimer', (_th, a) => {
      checkWhich(one('getitimer', a));
      return co(itimerCo(null, 0));
    });
    def('pause', () =>
      co((function* (): Gen {
        yield sysReq({ op: 'pause' });
        return null;
      })()),
    );
  }
  def('raise_signal', (th, a) => {
    const sig = signum(one('raise_signal', a));
    return co((function* (): Gen {
      const pid = th.interp.info.pid;
      const r = yield sysReq({ op: 'kill', pid, sig });
      if (isErr(r)) throw osErr('InvalidArgument');
      return null;
    })());
  });
  const first = windows ? Object.keys(WINDOWS) : FIRST_POSIX;
  m.ns.setStr('_numbers', new PyTuple(first.map((k) => new PyTuple([k, table[k]!]))));
  return m;
}
