/**
 * One process's interpreter: the roots of its heap (sys.modules, builtins, the
 * main module), what it knows about its process (pid, platform, seed, cwd), and
 * its threads. A fork clones all of it (vm/clone.ts); a spawn makes a new one.
 *
 * What the VM needs from the standard library comes in through the interpreter:
 * the `Importer` the import opcodes call, and the fork hooks modules register.
 * The VM itself imports no module (src/python/README.md: layers).
 */
import type { CostParams } from '../../kernel/params.js';
import type { Platform } from '../../kernel/ctx.js';
import type { Buffering } from '../../kernel/program.js';
import type { NativeResult } from './coro.js';
import type { Value } from './object.js';
import { PyDict } from './dict.js';
import type { Frame } from './frame.js';
import type { PyModule } from './module.js';
import { IdSpace } from './identity.js';
import type { Thread } from './thread.js';

/**
 * How a process imports. IMPORT_NAME, IMPORT_FROM and IMPORT_STAR call it; the
 * results are values or coroutines (a module written in Python runs through the VM).
 */
export interface Importer {
  /** `import name` / `from name import ...` at relative `level`, from frame `f`. */
  importName(th: Thread, f: Frame, name: string, level: number, fromlist: Value): NativeResult;
  /** An attribute of a module, or its submodule (`from mod import name`). */
  importFrom(th: Thread, mod: Value, name: string): NativeResult;
  /** `from mod import *` into `ns`. */
  importStar(th: Thread, mod: Value, ns: PyDict): void;
  /** The text of a file the importer loaded, by the name its code objects carry (for traceback lines); null if none. */
  sourceOf(filename: string): string | null;
  /** Whether a module's `__file__` is the library's rather than the program's own code. */
  isLibrary(file: string): boolean;
}

/** What a new thread of the process runs: a callable and its arguments (see vm/space.ts: startThread). */
export interface ThreadStart {
  fn: Value;
  args: Value[];
  /** Keyword arguments (`_thread.start_new_thread`'s third argument), or null. */
  kw: PyDict | null;
}

export interface ProcessInfo {
  pid: number;
  ppid: number;
  platform: Platform;
  /** The machine's CPU count (os.cpu_count()). */
  cpus: number;
  seed: number | string;
  params: CostParams;
  /** How the standard streams are buffered (kernel/program.ts; default 'print'). */
  buffering?: Buffering;
}

/**
 * Source texts split into lines, shared by every interpreter: each spawned process
 * that prints a traceback through the stdlib would otherwise split those files again.
 * Keyed by the text itself (the same string object for every process, whose hash V8
 * keeps); never edited by its readers.
 */
const splitSources = new Map<string, readonly string[]>();

function linesOf(src: string): readonly string[] {
  let lines = splitSources.get(src);
  if (lines === undefined) {
    if (splitSources.size >= 256) splitSources.clear();
    lines = src.split('\n');
    splitSources.set(src, lines);
  }
  return lines;
}

export class Interpreter {
  ids = new IdSpace();
  /** sys.modules. */
  modules = new PyDict();
  builtins!: PyDict;
  builtinsModule!: PyModule;
  mainModule: PyModule | null = null;
  recursionLimit = 1000;
  /** atexit handlers: (function, args). */
  atexit: [Value, Value[]][] = [];
  cwd = '/home/user';
  argv: string[] = [];
  /** Module name → per-process state a builtin module keeps (e.g. random's generator). */
  state = new Map<string, unknown>();
  readonly threads = new Map<number, Thread>();
  /** Threads asked for (the `thread` syscall's entry number) and not yet started. */
  threadStarts = new Map<number, ThreadStart>();
  /** Run in a forked child once its heap is copied (CPython's os.register_at_fork(after_in_child=...)). */
  forkHooks: ((child: Interpreter) => void)[] = [];
  /**
   * Runs the Python-level handler of a caught signal in thread `th` (the `signal` module
   * installs it: vm/signals.ts calls it). Null: the process has none (nothing runs).
   */
  onSignal: ((th: Thread, sig: number) => NativeResult) | null = null;
  /**
   * What the process holds (objects/memory.ts): bytes at the last count of its heap,
   * bytes it may have allocated since, the bytes of a MemoryError it is to raise when
   * it next runs (0: none) — a count found it over a limit after the instruction that
   * grew it, so the error comes out of the next one — and what it held when a count
   * last raised one (0: it has been under its limits since).
   */
  mem = { live: 0, since: 0, over: 0, overBy: 'maxMemory' as 'maxMemory' | 'machineMemory', raised: 0 };

  constructor(
    public info: ProcessInfo,
    /** Program sources by path (the main file and its siblings), shared by every process of a run. */
    readonly sources: Readonly<Record<string, string>>,
    /** The main program's path (a key of `sources`). */
    readonly mainPath: string,
    readonly importer: Importer,
  ) {}

  get params(): CostParams {
    return this.info.params;
  }

  private lineCache = new Map<string, readonly string[]>();

  /** A source line for tracebacks (files are looked up by the name code objects carry). */
  sourceLine(filename: string, line: number): string | null {
    let lines = this.lineCache.get(filename);
    if (lines === undefined) {
      const src = this.sourceOf(filename);
      if (src === null) return null;
      lines = linesOf(src);
      this.lineCache.set(filename, lines);
    }
    return lines[line - 1]?.replace(/\r$/, '') ?? null;
  }

  /**
   * The name code objects and `__file__` carry for a program file at `path`: the path made
   * absolute against the directory the program started in, as CPython 3.9+ names the main
   * script (and the modules beside it, found through the absolute sys.path[0]).
   */
  fileName(path: string): string {
    if (path.startsWith('/')) return path;
    const dir = this.startDir;
    return `${dir === '/' ? '' : dir}/${path.replace(/^\.\//, '')}`;
  }

  /** The directory the program started in (fileName's base). */
  startDir = '/home/user';

  /** The source text behind a filename used in code objects. */
  sourceOf(filename: string): string | null {
    if (this.sources[filename] !== undefined) return this.sources[filename]!;
    for (const [path, text] of Object.entries(this.sources)) if (this.fileName(path) === filename || basename(path) === filename) return text;
    return this.importer.sourceOf(filename);
  }
}

export const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
