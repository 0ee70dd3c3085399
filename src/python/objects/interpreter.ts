/**
 * One process's interpreter: the roots of its heap (sys.modules, builtins, the
 * main module), what it knows about its process (pid, platform, seed, cwd), and
 * its threads. A fork clones all of it (vm/clone.ts); a spawn makes a new one.
 */
import type { CostParams } from '../../kernel/params.js';
import type { Platform } from '../../kernel/ctx.js';
import type { Value } from './object.js';
import { PyDict } from './dict.js';
import type { PyModule } from './module.js';
import { IdSpace } from './identity.js';
import type { Thread } from '../vm/thread.js';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  platform: Platform;
  /** The machine's CPU count (os.cpu_count()); 4 when the kernel does not say. */
  cpus?: number;
  seed: number | string;
  params: CostParams;
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
  /** JS errors turned into SystemError (our bugs), for tests to assert on. */
  internalErrors: string[] = [];
  cwd = '/home/user';
  argv: string[] = [];
  /** Module name → per-process state a builtin module keeps (e.g. random's generator). */
  state = new Map<string, unknown>();
  readonly threads = new Map<number, Thread>();

  constructor(
    public info: ProcessInfo,
    /** Program sources by path (the main file and its siblings), shared by every process of a run. */
    readonly sources: Readonly<Record<string, string>>,
    /** The main program's path (a key of `sources`). */
    readonly mainPath: string,
  ) {}

  get params(): CostParams {
    return this.info.params;
  }

  private lineCache = new Map<string, string[]>();

  /** A source line for tracebacks (files are looked up by the name code objects carry). */
  sourceLine(filename: string, line: number): string | null {
    let lines = this.lineCache.get(filename);
    if (lines === undefined) {
      const src = this.sourceOf(filename);
      if (src === null) return null;
      lines = src.split('\n');
      this.lineCache.set(filename, lines);
    }
    return lines[line - 1]?.replace(/\r$/, '') ?? null;
  }

  /** The source text behind a filename used in code objects. */
  sourceOf(filename: string): string | null {
    if (this.sources[filename] !== undefined) return this.sources[filename]!;
    for (const [path, text] of Object.entries(this.sources)) if (basename(path) === filename) return text;
    return stdlibSource(filename);
  }
}

export const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/** Set by the stdlib loader (Python modules shipped with forkscope show in tracebacks too). */
let stdlibSource: (filename: string) => string | null = () => null;
export function setStdlibSource(f: (filename: string) => string | null): void {
  stdlibSource = f;
}
