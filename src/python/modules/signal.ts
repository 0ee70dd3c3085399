/**
 * _signal: the signal numbers of the platform, and handlers that are recorded but
 * never run. The `signal` module (stdlib/signal.py) wraps the numbers in the
 * Signals IntEnum, as CPython 3.11 does.
 */
import { fn } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { PyDict } from '../objects/dict.js';
import type { Interpreter } from '../objects/interpreter.js';
import { PyTuple } from '../objects/tuple.js';

const POSIX: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGCONT: 18, SIGSTOP: 19 };
const WINDOWS: Record<string, number> = { SIGINT: 2, SIGILL: 4, SIGFPE: 8, SIGSEGV: 11, SIGTERM: 15, SIGBREAK: 21, SIGABRT: 22 };

export function makeSignal(interp: Interpreter): PyModule {
  const m = new PyModule('_signal');
  const table = interp.info.platform === 'windows' ? WINDOWS : POSIX;
  for (const [k, v] of Object.entries(table)) m.ns.setStr(k, v);
  m.ns.setStr('SIG_DFL', 0);
  m.ns.setStr('SIG_IGN', 1);
  // Handlers are kept in the module (so fork copies them); the kernel never delivers them.
  const handlers = new PyDict();
  m.ns.setStr('_handlers', handlers);
  m.ns.setStr('signal', fn('signal', (_th, a) => {
    const prev = handlers.get(a[0]!) ?? 0;
    handlers.set(a[0]!, a[1]!);
    return prev as never;
  }, '_signal'));
  m.ns.setStr('getsignal', fn('getsignal', (_th, a) => (handlers.get(a[0]!) ?? 0) as never, '_signal'));
  m.ns.setStr('_numbers', new PyTuple(Object.entries(table).map(([k, v]) => new PyTuple([k, v]))));
  return m;
}
