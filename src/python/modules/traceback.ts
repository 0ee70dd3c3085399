/**
 * _traceback: the text of an exception as CPython 3.11 prints it (the chain, the
 * `File ..., line ...` entries with source lines and carets, the last line), as a
 * string, for the Python `traceback` module (stdlib/traceback.py) and for
 * multiprocessing.pool, which sends a worker's traceback to the parent as text.
 */
import { Coro } from '../objects/coro.js';
import { PyBaseException, typeErr } from '../objects/exceptions.js';
import { fn } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import { typeOf } from '../objects/types.js';
import { excLine, formatException } from '../runtime/traceback.js';
import type { Interpreter } from '../objects/interpreter.js';

export function makeTraceback(_interp: Interpreter): PyModule {
  const m = new PyModule('_traceback');
  const def = (name: string, f: import('../objects/function.js').NativeFn): void => m.ns.setStr(name, fn(name, f, '_traceback'));
  const asExc = (v: unknown): PyBaseException => {
    if (!(v instanceof PyBaseException)) throw typeErr(`expected an exception, not '${typeOf((v ?? null) as never).name}'`);
    return v;
  };
  // format_exception(exc) -> str: the traceback CPython prints for exc, with its cause/context chain.
  def('format_exception', (th, a) => new Coro(formatException(th, asExc(a[0]))));
  // format_exception_only(exc) -> str: its last line ('ValueError: bad\n').
  def('format_exception_only', (th, a) => new Coro(excLine(th, asExc(a[0]))));
  // exception() -> the exception being handled, or None.
  def('exception', (th) => th.excInfo);
  return m;
}
