/**
 * import: sys.modules, then the builtin modules (TypeScript), then forkscope's
 * Python stdlib, then the program's sibling files. Python-source modules run
 * their code in a fresh module namespace through the VM (a coroutine request),
 * registered in sys.modules first so that circular imports see the partial module.
 */
import { Coro, type Gen, callReq } from '../objects/coro.js';
import { E, PyBaseException, exc } from '../objects/exceptions.js';
import { PyFunction } from '../objects/function.js';
import { PyModule } from '../objects/module.js';
import type { PyDict } from '../objects/dict.js';
import { type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { compilePython } from '../compile/index.js';
import { PythonCompileError } from '../parse/errors.js';
import { Frame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import type { Importer } from '../objects/interpreter.js';
import { getAttr, getAttrOr } from '../runtime/attr.js';
import { runOrCoro } from '../runtime/dunder.js';
import { AFTER_LOAD, BUILTIN_MODULES } from './registry.js';
import { stdlibCodeFor, stdlibModuleNames, stdlibSourceFor } from './stdlib.js';
import { missingModuleNote } from './missing.js';

/** Where the modules of forkscope's standard library seem to live (their `__file__`). */
const STDLIB_DIR = '/usr/lib/forkscope/';

function notFound(name: string, parent?: string): PyBaseException {
  const msg = parent ? `No module named '${name}'; '${parent}' is not a package` : `No module named '${name}'`;
  const e = exc(E.ModuleNotFoundError!, msg);
  e.dict!.setStr('name', name);
  const note = parent ? null : missingModuleNote(name);
  if (note !== null) e.dict!.setStr('__notes__', new PyList([note]));
  return e;
}

/**
 * A module of the program's own, found as CPython's path finder finds it in the
 * script's directory (sys.path[0]): `name.py`, a package `name/__init__.py`, or a
 * namespace package (a directory holding Python files, `source` null).
 */
interface Sibling {
  path: string;
  source: string | null;
  package: boolean;
}

function siblingSource(th: Thread, name: string): Sibling | null {
  const main = th.interp.mainPath;
  const dir = `${main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : ''}${name.replace(/\./g, '/')}`;
  const sources = th.interp.sources;
  if (sources[`${dir}/__init__.py`] !== undefined) return { path: `${dir}/__init__.py`, source: sources[`${dir}/__init__.py`]!, package: true };
  if (sources[`${dir}.py`] !== undefined) return { path: `${dir}.py`, source: sources[`${dir}.py`]!, package: false };
  if (Object.keys(sources).some((p) => p.startsWith(`${dir}/`))) return { path: dir, source: null, package: true };
  return null;
}

/** The absolute name of `from <dots>name import ...` in a module of package `pkg` (importlib's _resolve_name). */
function resolveRelative(name: string, pkg: string, level: number): string {
  const bits = pkg.split('.');
  if (bits.length < level) throw exc(E.ImportError!, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - level + 1).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/** Imports one module by its full dotted name (its parent already imported). */
function* loadOne(th: Thread, full: string): Gen<PyModule> {
  const mods = th.interp.modules;
  const hit = mods.getStr(full);
  if (hit !== undefined) return hit as PyModule;
  const make = BUILTIN_MODULES[full];
  if (make !== undefined) {
    const m = make(th.interp);
    mods.setStr(full, m);
    return m;
  }
  // The script's directory comes before the standard library on sys.path, as in CPython.
  const sib = siblingSource(th, full);
  const lib = sib === null ? stdlibSourceFor(full) : null;
  if (sib === null && lib === null) throw notFound(full, full.includes('.') ? full.slice(0, full.lastIndexOf('.')) : undefined);
  const m = new PyModule(full);
  m.ns.setStr('__builtins__', th.interp.builtinsModule);
  if (sib !== null) {
    const dir = sib.source === null ? sib.path : sib.path.slice(0, sib.path.lastIndexOf('/'));
    m.ns.setStr('__package__', sib.package ? full : full.slice(0, Math.max(0, full.lastIndexOf('.'))));
    if (sib.package) m.ns.setStr('__path__', new PyList([th.interp.fileName(dir)]));
    if (sib.source === null) {
      m.ns.setStr('__file__', null);
      mods.setStr(full, m);
      return m;
    }
  }
  const [path, source] = sib !== null ? [sib.path, sib.source!] : lib!;
  m.ns.setStr('__file__', sib !== null ? th.interp.fileName(path) : `${STDLIB_DIR}${path}`);
  mods.setStr(full, m);
  try {
    let code;
    try {
      // A stdlib module in a package keeps its folder (multiprocessing/process.py), so that its
      // source lines can be found for tracebacks.
      code = sib !== null ? compilePython(source, th.interp.fileName(path)) : compilePython(source, path, () => stdlibCodeFor(path, source));
    } catch (e) {
      if (e instanceof PythonCompileError) throw e.kind === 'RecursionError' ? exc(E.RecursionError!, e.detail) : exc(E.SyntaxError!, `${e.detail} (${e.filename}, line ${e.line})`);
      throw e;
    }
    yield callReq(new PyFunction(code, m.ns, null, null, null), []);
    AFTER_LOAD[full]?.(th.interp, m);
  } catch (e) {
    mods.remove(full);
    throw e;
  }
  return m;
}

/** import a.b.c: every prefix in turn; returns [top, leaf]. */
export function* importModuleCo(th: Thread, name: string, level: number, fromlist: Value | null, f: Frame | null): Gen<PyModule> {
  if (level > 0) {
    const pkg = f?.globals.getStr('__package__');
    if (typeof pkg !== 'string' || pkg === '') throw exc(E.ImportError!, 'attempted relative import with no known parent package');
    name = resolveRelative(name, pkg, level);
  }
  if (name === '') throw exc(E.ValueError!, 'Empty module name');
  const parts = name.split('.');
  let top: PyModule | null = null;
  let leaf: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join('.');
    let m: PyModule;
    if (i > 0) {
      const parent = leaf!;
      const sub = yield* getAttrOr(th, parent, parts[i]!);
      if (sub instanceof PyModule && th.interp.modules.getStr(full) === undefined) th.interp.modules.setStr(full, sub);
      m = sub instanceof PyModule ? sub : yield* loadSub(th, full, parent);
    } else m = yield* loadOne(th, full);
    if (i === 0) top = m;
    leaf = m;
  }
  return fromlist === null || fromlist === false ? top! : leaf!;
}

/** A module with submodules: a package of the program's (`__path__`), or of forkscope's library. */
function isPackage(m: PyModule): boolean {
  if (m.ns.getStr('__path__') !== undefined) return true;
  const prefix = `${m.name}.`;
  // (os.path is a builtin module of ours but, as in CPython, does not make os a package.)
  return stdlibModuleNames().some((n) => n.startsWith(prefix));
}

function* loadSub(th: Thread, full: string, parent: PyModule): Gen<PyModule> {
  if (!BUILTIN_MODULES[full] && stdlibSourceFor(full) === null && siblingSource(th, full) === null) {
    throw isPackage(parent) ? notFound(full) : notFound(full, parent.name);
  }
  const m = yield* loadOne(th, full);
  parent.ns.setStr(full.slice(full.lastIndexOf('.') + 1), m);
  return m;
}

/** IMPORT_NAME. */
function importName(th: Thread, f: Frame, name: string, level: number, fromlist: Value): Value | Coro {
  const hit = level === 0 && !name.includes('.') ? th.interp.modules.getStr(name) : undefined;
  if (hit !== undefined) return hit;
  return new Coro(importModuleCo(th, name, level, fromlist === null ? null : fromlist, f));
}

/** IMPORT_FROM: an attribute of the module, or its submodule. */
function importFrom(th: Thread, mod: Value, name: string): Value | Coro {
  return runOrCoro(
    (function* () {
      const v = yield* getAttrOr(th, mod, name);
      if (v !== undefined) return v;
      if (mod instanceof PyModule) {
        const full = `${mod.name}.${name}`;
        if (BUILTIN_MODULES[full] || stdlibSourceFor(full) !== null || siblingSource(th, full) !== null) {
          const sub = yield* loadOne(th, full);
          mod.ns.setStr(name, sub);
          return sub;
        }
        const file = mod.ns.getStr('__file__');
        const where = typeof file === 'string' ? file : 'unknown location';
        const e = exc(E.ImportError!, `cannot import name '${name}' from '${mod.name}' (${where})`);
        e.dict!.setStr('name', mod.name);
        throw e;
      }
      throw exc(E.ImportError!, `cannot import name '${name}'`);
    })(),
  );
}

/** IMPORT_STAR: public names (or __all__) into the namespace. */
function importStar(th: Thread, mod: Value, ns: PyDict): void {
  if (!(mod instanceof PyModule)) return;
  const all = mod.ns.getStr('__all__');
  const names = all instanceof PyTuple || (all !== undefined && all !== null && typeof all === 'object' && 'items' in all) ? ((all as PyTuple).items as string[]) : mod.ns.keys().filter((k): k is string => typeof k === 'string' && !k.startsWith('_'));
  for (const n of names) {
    const v = getAttr(th, mod, n);
    if (!(v instanceof Coro)) ns.setStr(n, v);
  }
}

/**
 * The importer of every Python process (loader.ts hands it to the interpreter):
 * builtin modules, forkscope's stdlib, the program's sibling files. Stdlib files
 * show in tracebacks by their path inside the stdlib (multiprocessing/process.py).
 */
export const moduleImporter: Importer = {
  importName,
  importFrom,
  importStar,
  sourceOf: (filename) => stdlibSourceFor(filename.replace(/\.py$/, ''))?.[1] ?? null,
  isLibrary: (file) => file.startsWith(STDLIB_DIR),
};
