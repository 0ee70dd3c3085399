/**
 * The Python loader: builds a process's address space from an image
 * (`{kind: 'python', data: {main, argv, name}}`), with the program's sources.
 */
import { runHandler } from './modules/signal.js';
import type { AddressSpace, LoadContext, Loader } from '../kernel/program.js';
import { fsKind, type Image } from '../kernel/syscalls.js';
import { Coro, type Gen, sysReq } from './objects/coro.js';
import { PyModule } from './objects/module.js';
import { compilePython } from './compile/index.js';
import { PythonCompileError } from './parse/errors.js';
import { Frame, newRegs } from './objects/frame.js';
import { Interpreter, basename } from './objects/interpreter.js';
import { PySpace } from './vm/space.js';
import { pushNative } from './vm/stack.js';
import { startFrame } from './vm/driver.js';
import { moduleImporter } from './modules/importer.js';
import { Thread } from './objects/thread.js';
import { installBuiltins } from './modules/builtins.js';

export interface PythonImageData {
  /** Path of the main file: a key of the loader's sources. */
  main: string;
  argv?: string[];
  /** `__name__` of the main module: '__main__', or '__mp_main__' for a spawned child. */
  name?: string;
  /** Environment variables over the defaults os.environ starts with (a spawned child gets its parent's). */
  env?: Record<string, string>;
  /**
   * A multiprocessing child started by spawn: it runs `spawn_main()` (multiprocessing/spawn.py),
   * which re-runs `main` as `__mp_main__` and then bootstraps the pickled Process. The pickles
   * come in `data` (POSIX: written before the child starts) or through the pipe handle
   * `pipe` (Windows: written after it has started).
   */
  spawn?: { data?: string[]; pipe?: number };
}

/** What a spawned child runs first (CPython: `python -c 'from multiprocessing.spawn import spawn_main; spawn_main(...)'`). */
const SPAWN_MAIN = 'from multiprocessing.spawn import spawn_main; spawn_main()\n';

/** A fresh interpreter running `main` as its main module. */
export function bootProcess(sources: Record<string, string>, data: PythonImageData, ctx: LoadContext): Interpreter {
  const interp = new Interpreter({ pid: ctx.pid, ppid: ctx.ppid, platform: ctx.platform, cpus: ctx.cpus, seed: ctx.seed, params: ctx.params, buffering: ctx.buffering }, sources, data.main, moduleImporter);
  interp.argv = data.argv ?? [basename(data.main)];
  if (data.env !== undefined) interp.state.set('os.environ', data.env);
  if (data.spawn !== undefined) interp.state.set('mp.spawn', data.spawn);
  installBuiltins(interp);
  interp.onSignal = runHandler;
  const th = new Thread(interp, ctx.tid);
  interp.threads.set(ctx.tid, th);
  const spawned = data.spawn !== undefined;
  const source = spawned ? SPAWN_MAIN : sources[data.main];
  // CPython 3.9+ names the main script by its absolute path (the path it was run with, made absolute).
  interp.startDir = interp.cwd;
  const filename = spawned ? '<string>' : interp.fileName(data.main);
  const name = spawned ? '__main__' : (data.name ?? '__main__');
  const main = new PyModule(name);
  if (!spawned) main.ns.setStr('__file__', interp.fileName(data.main));
  main.ns.setStr('__builtins__', interp.builtinsModule);
  main.ns.setStr('__doc__', null);
  interp.modules.setStr(name, main);
  interp.mainModule = main;
  if (source === undefined) {
    failAtStart(th, `python3: can't open file '${data.main}': [Errno 2] No such file or directory\n`, 2);
    return interp;
  }
  try {
    const code = compilePython(source, filename);
    startFrame(th, new Frame(code, newRegs(code), null, main.ns, interp.builtins, null, null));
    if (!spawned && name === '__main__') {
      pushNative(th, new Coro(ensureDir(interp.cwd)), 'startup').discard = true;
    }
  } catch (e) {
    if (!(e instanceof PythonCompileError)) throw e;
    failAtStart(th, e.render(), 1);
  }
  return interp;
}

/**
 * The working directory exists before the program runs (the virtual file system
 * starts with only the files a scenario gives it).
 */
function* ensureDir(path: string): Gen {
  const parts = path.split('/').filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const dir = `/${parts.slice(0, i).join('/')}`;
    const st = yield sysReq({ op: 'fs', call: { fn: 'stat', path: dir } });
    if (fsKind(st) === 'dir') continue;
    yield sysReq({ op: 'fs', call: { fn: 'mkdir', path: dir } });
  }
  return null;
}

/** The process prints `text` to stderr and exits (a compile error, a missing file). */
function failAtStart(th: Thread, text: string, status: number): void {
  pushNative(th, 
    new Coro(
      (function* () {
        yield sysReq({ op: 'write', fd: 2, text });
        yield sysReq({ op: 'exit', status });
        return null;
      })(),
    ),
    'startup',
  );
}

/** A Loader for images of kind 'python', over the program's sources (path → text). */
export function pythonLoader(sources: Record<string, string>): Loader {
  return (image: Image, ctx: LoadContext): AddressSpace => {
    const data = JSON.parse(image.data) as PythonImageData;
    return new PySpace(bootProcess(sources, data, ctx));
  };
}
