/**
 * What a person stepping through a run sees of a Python thread: the program's own
 * frames (forkscope's library frames left out, as `where()` leaves them out), their
 * locals, and the globals of the module the innermost one runs in — values as reprs.
 *
 * Reading only: a repr that would need Python code (a class's own __repr__) is never
 * run; such values show as `<Foo object>` with their attributes, the way an object
 * diagram would show them.
 */
import type { FrameView, ProgramView, Variable } from '../../kernel/program.js';
import { Coro } from '../objects/coro.js';
import { PyBuiltin, PyClassMethod, PyFunction, PyMethod, PyStaticMethod } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import { PyClass, PyObject, type Value } from '../objects/object.js';
import { PyDict as PyDictClass, type PyDict } from '../objects/dict.js';
import { PyTuple } from '../objects/tuple.js';
import { repr } from '../runtime/repr.js';
import { useIds } from '../objects/identity.js';
import { type AnyFrame, Frame } from '../objects/frame.js';
import { type Interpreter, basename } from '../objects/interpreter.js';
import type { Thread } from '../objects/thread.js';
import { currentLine } from './driver.js';

/** Where forkscope's Python library lives (modules/importer.ts). */
const STDLIB_DIR = '/usr/lib/forkscope/';

/** Longest repr shown (the TUI cuts further to its width). */
const MAX_REPR = 400;

export function inspectThread(interp: Interpreter, tid: number): ProgramView | null {
  const th = interp.threads.get(tid);
  if (!th) return null;
  // Looking changes nothing: an object shown gets an id only in a throwaway space (ids are part of a run).
  useIds(interp.ids.peek());
  const frames: FrameView[] = [];
  let module: PyDict | null = null;
  let library: Frame | null = null;
  for (let f: AnyFrame | null = th.top; f !== null; f = f.back) {
    if (!(f instanceof Frame)) continue;
    const file = f.globals.getStr('__file__');
    if (typeof file === 'string' && file.startsWith(STDLIB_DIR)) {
      library ??= f;
      continue;
    }
    module ??= f.globals;
    frames.push(frameView(th, f));
  }
  if (frames.length === 0 && library !== null) {
    frames.push(frameView(th, library));
    module = library.globals;
  }
  if (module === null) {
    // No Python frame (the program has finished and the process is about to exit, or only
    // native code is on the stack): the main module's globals as they are.
    const main = interp.modules.getStr('__main__');
    if (!(main instanceof PyModule)) return null;
    module = main.ns;
  }
  const name = module.getStr('__name__');
  const managed = managedOf(interp, th);
  return { frames, module: typeof name === 'string' ? name : '?', globals: globalsOf(th, module), ...(managed.length > 0 ? { managed } : {}) };
}

/**
 * The objects a Manager's server holds for its clients (multiprocessing/managers.py,
 * Server.id_to_obj): found as the `self` of a Server method on one of the process's
 * stacks (serve_forever, serve_client). Each shows as its repr, named by its id.
 */
function managedOf(interp: Interpreter, th: Thread): Variable[] {
  for (const t of interp.threads.values()) {
    for (let f: AnyFrame | null = t.top; f !== null; f = f.back) {
      if (!(f instanceof Frame) || f.locals !== null) continue;
      const i = f.code.varnames.indexOf('self');
      const self = i < 0 ? undefined : f.regs[i];
      if (!(self instanceof PyObject) || self.cls.name !== 'Server' || self.dict === null) continue;
      const table = self.dict.getStr('id_to_obj');
      if (!(table instanceof PyDictClass)) continue;
      const out: Variable[] = [];
      for (const e of table.entries()) {
        const held = e.value;
        if (e.key === '0' || !(held instanceof PyTuple) || held.items[0] === undefined || held.items[0] === null) continue;
        out.push({ name: String(e.key), value: show(th, held.items[0]) });
      }
      return out;
    }
  }
  return [];
}

function frameView(th: Thread, f: Frame): FrameView {
  const code = f.code;
  const locals: Variable[] = [];
  if (f.locals === null && code.name !== '<module>') {
    for (let i = 0; i < code.varnames.length; i++) {
      const v = f.regs[i];
      if (v !== undefined) locals.push({ name: code.varnames[i]!, value: show(th, v) });
    }
    const cells = f.cells ?? [];
    const names = [...code.cellvars, ...code.freevars];
    for (let i = 0; i < names.length; i++) {
      const v = cells[i]?.value;
      if (v !== undefined && !locals.some((l) => l.name === names[i])) locals.push({ name: names[i]!, value: show(th, v) });
    }
  }
  // The frames pane has room for a base name (tracebacks carry the absolute path).
  return { name: code.qualname || code.name, file: basename(code.filename), line: currentLine(th, f), locals };
}

/** The module's own names: not dunders, not imported modules. */
function globalsOf(th: Thread, ns: PyDict): Variable[] {
  const out: Variable[] = [];
  for (const e of ns.entries()) {
    if (typeof e.key !== 'string' || e.key.startsWith('__') || e.value === undefined) continue;
    if (e.value instanceof PyModule) continue;
    out.push({ name: e.key, value: show(th, e.value), ...(isCode(e.value) ? { code: true } : {}) });
  }
  return out;
}

/** Functions, classes and methods: what a program defines or imports, not its data. */
const isCode = (v: Value): boolean =>
  v instanceof PyFunction || v instanceof PyClass || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyStaticMethod || v instanceof PyClassMethod;

/** A value as its repr, when that needs no Python code; otherwise a structural description. */
export function show(th: Thread, v: Value): string {
  if (v instanceof PyFunction) return `<function ${v.qualname}>`;
  if (v instanceof PyClass) return `<class '${v.name}'>`;
  let text: string;
  try {
    const r = repr(th, v);
    text = r instanceof Coro ? described(th, v) : (r as string);
  } catch {
    text = described(th, v);
  }
  return text.length > MAX_REPR ? `${text.slice(0, MAX_REPR - 3)}...` : text;
}

function described(th: Thread, v: Value): string {
  if (!(v instanceof PyObject)) return String(v);
  const attrs = v.dict === null ? [] : [...v.dict.entries()].filter((e) => typeof e.key === 'string' && !e.key.startsWith('__'));
  const inner = attrs.slice(0, 6).map((e) => `${e.key as string}=${shortRepr(th, e.value!)}`);
  if (attrs.length > 6) inner.push('...');
  return `<${v.cls.name} object${inner.length ? ` ${inner.join(', ')}` : ''}>`;
}

function shortRepr(th: Thread, v: Value): string {
  if (v instanceof PyObject && !(v instanceof PyClass)) {
    try {
      const r = repr(th, v);
      if (!(r instanceof Coro)) return r as string;
    } catch {
      // fall through
    }
    return `<${v.cls.name} object>`;
  }
  return show(th, v);
}
