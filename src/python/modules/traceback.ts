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
import { excLine, formatException, formatTb } from '../runtime/traceback.js';
import type { Interpreter } from '../objects/interpreter.js';
import { type AnyFrame, Frame } from '../objects/frame.js';
import type { Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { PyTraceback } from '../types/traceback.js';

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
  // stack() -> [(filename, lineno, function name, module name), ...]: this thread's Python
  // frames, innermost first (the caller of stack() first). What logging records as a message's
  // origin, and where typing and ctypes find their caller's module (CPython: sys._getframe).
  def('stack', (th) => {
    const out: Value[] = [];
    for (let f: AnyFrame | null = th.top; f !== null; f = f.back) {
      if (f instanceof Frame) out.push(new PyTuple([f.code.filename, f.line, f.code.name, f.globals.getStr('__name__') ?? null]));
    }
    return new PyList(out);
  });
  // entries(tb) -> [(filename, lineno, function name), ...] of a traceback object from it
  // inwards, outermost first (what traceback.extract_tb walks through tb_next and tb_frame).
  const asTb = (v: unknown): PyTraceback => {
    if (!(v instanceof PyTraceback)) throw typeErr(`expected a traceback, not '${typeOf((v ?? null) as never).name}'`);
    return v;
  };
  def('entries', (_th, a) => {
    const tb = asTb(a[0]);
    const out: Value[] = [];
    for (let i = tb.entries.length - 1 - tb.at; i >= 0; i--) {
      const e = tb.entries[i]!;
      out.push(new PyTuple([e.code.filename, e.line, e.code.name]));
    }
    return new PyList(out);
  });
  // format_entries(tb) -> [str, ...]: each entry of `entries(tb)` as the traceback prints it
  // (File line, source line, 3.11's carets): what traceback.format_tb returns.
  def('format_entries', (th, a) => {
    const tb = asTb(a[0]);
    const out: Value[] = [];
    for (let i = tb.entries.length - 1 - tb.at; i >= 0; i--) out.push(formatTb(th, [tb.entries[i]!]));
    return new PyList(out);
  });
  // source_line(filename, lineno) -> the line of source (stripped), or None (CPython: linecache).
  def('source_line', (th, a) => {
    const src = typeof a[0] === 'string' && typeof a[1] === 'number' ? th.interp.sourceLine(a[0], a[1]) : undefined;
    return typeof src === 'string' ? src.trim() : null;
  });
  return m;
}
