/**
 * Python scenarios: a `.py` file whose leading comment block is its header.
 *
 *   # forkscope: <title>
 *   # source: <which document and example it comes from>
 *   # shows: <what it demonstrates>
 *   # changed: <what differs from the original, and why> (only when something does)
 *   # options: --cpus 4 --max-time 10s           (defaults; flags override them)
 *   # variant windows: --platform windows         (another snapshot: options layered on)
 *   # stdin: text with \n escapes                  (what input() reads)
 *   # file /home/user/data/a.txt: text with \n escapes
 *
 * The header is comments, so the file is still the program `python3` would run. The
 * program runs as /home/user/<name>.py (the working directory is /home/user), and the
 * files beside it on disk are beside it there too (program-dir.ts): the modules it
 * imports and the data it reads; `# file` lines add more, or replace one.
 */
import { basename, dirname } from 'node:path';
import type { Kernel } from '../kernel/kernel.js';
import { PythonCompileError, compilePython, decodeSource, pythonLoader } from '../python/index.js';
import { streamText } from '../render/output.js';
import { UserError } from './errors.js';
import { type Scenario, makeScenario } from './load.js';
import { OptionError, type RunOptions, parseOptionWords } from './options.js';
import { type SimulateExtras, boot } from './simulate.js';
import { filesUnder, readProgramDir, sourcesUnder } from './program-dir.js';

/** Where the main program lives in the simulated machine. */
export const HOME = '/home/user';

interface Header {
  title: string;
  source: string;
  shows: string;
  changed: string;
  options: RunOptions;
  variants: Record<string, RunOptions>;
  stdin: string;
  files: Record<string, string>;
}

const unescape = (text: string): string =>
  text.replace(/\\(n|t|\\)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));

/** Reads the header of a Python scenario; errors point at the header line. */
export function parseHeader(source: string, file: string): Header {
  const h: Header = { title: '', source: '', shows: '', changed: '', options: {}, variants: {}, stdin: '', files: {} };
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^#\s*(forkscope|source|shows|changed|options|variant\s+[\w-]+|stdin|file\s+\S+?):\s?(.*)$/.exec(lines[i]!);
    if (!m) {
      if (lines[i]!.startsWith('#') || lines[i]!.trim() === '') continue;
      break;
    }
    const [, key, value] = m as unknown as [string, string, string];
    const where = `${file}:${i + 1}:1`;
    const options = (text: string): RunOptions => {
      try {
        return parseOptionWords(text.trim().split(/\s+/).filter(Boolean));
      } catch (e) {
        if (e instanceof OptionError) throw new UserError(`scenario header: ${e.message}`, where);
        throw e;
      }
    };
    if (key === 'forkscope') h.title = value.trim();
    else if (key === 'source') h.source = value.trim();
    else if (key === 'shows') h.shows = value.trim();
    else if (key === 'changed') h.changed = value.trim();
    else if (key === 'options') h.options = options(value);
    else if (key === 'stdin') h.stdin += unescape(value);
    else if (key.startsWith('variant')) h.variants[key.split(/\s+/)[1]!] = options(value);
    else h.files[key.split(/\s+/)[1]!] = unescape(value);
  }
  return h;
}

/** A Python file's text without its comment lines. */
const code = (text: string): string => text.replace(/^[ \t]*#.*$/gm, '');

/** A Python scenario from its file's bytes (decoded as CPython decodes a file it runs). */
export function loadPython(file: string, data: Uint8Array, id: string): Scenario {
  const name = basename(file);
  const main = `${HOME}/${name}`;
  let source: string;
  try {
    source = decodeSource(data, file);
    // Compiled under the name the process runs it by, so that the process finds this code object in compilePython's cache instead of compiling it again.
    compilePython(source, main);
  } catch (e) {
    if (e instanceof PythonCompileError) {
      const what = e.kind === 'unsupported' ? `unsupported: ${e.detail}` : `${e.kind}: ${e.detail}`;
      throw new UserError(what, e.where(file));
    }
    throw e;
  }
  const h = parseHeader(source, file);
  const dir = readProgramDir(dirname(file));
  return makeScenario({
    id,
    file,
    lang: 'py',
    title: h.title || name,
    about: [h.source, h.shows, h.changed && `changed: ${h.changed}`].filter(Boolean).join(' — '),
    options: h.options,
    variants: h.variants,
    stdin: h.stdin,
    files: { ...filesUnder(HOME, dir), ...h.files },
    main: { kind: 'python', label: name, data: JSON.stringify({ main, argv: [name], name: '__main__' }) },
    source,
    // What the outcome snapshots' digest covers: the code, the modules beside it and its input, not comments (a reworded header is no new program).
    program: JSON.stringify([code(source), h.stdin, h.files, Object.entries(dir.files).flatMap(([r, t]) => (r.endsWith('.py') ? [[r, code(t)]] : []))]),
    frontends: { python: pythonLoader({ ...sourcesUnder(`${HOME}/`, dir), [main]: source }) },
  });
}

export interface RunPythonOptions extends RunOptions, Pick<SimulateExtras, 'tracing'> {
  /** The program's file name as given on the command line (default 'prog.py'). */
  filename?: string;
  /** Files in the virtual file system (absolute path → text); the cwd is /home/user. */
  files?: Record<string, string>;
  /** Other Python files beside the program, importable as modules (name → source). */
  modules?: Record<string, string>;
  /**
   * A real directory whose files sit beside the program in /home/user, as `forkscope run`
   * puts the program's own directory there (its Python files importable, its data readable).
   */
  dir?: string;
  /** Environment variables over os.environ's defaults (inherited by spawned children). */
  env?: Record<string, string>;
}

export interface RunPythonResult {
  stdout: string;
  stderr: string;
  status: number;
  kernel: Kernel;
}

/**
 * Runs one Python program, given as source text, on a fresh machine (the same machine
 * `forkscope run` builds) and collects what it printed — for tests, benchmarks and the
 * differential corpora. Tracing is off unless asked for.
 */
export function runPython(source: string, opts: RunPythonOptions = {}): RunPythonResult {
  const { filename = 'prog.py', files = {}, modules = {}, dir, env, tracing = false, ...options } = opts;
  const seeded = dir === undefined ? null : readProgramDir(dir);
  const scenario = makeScenario({
    id: filename,
    file: filename,
    lang: 'py',
    title: filename,
    about: '',
    options: {},
    variants: {},
    stdin: '',
    files: seeded === null ? files : { ...filesUnder(HOME, seeded), ...files },
    main: { kind: 'python', label: filename, data: JSON.stringify({ main: filename, argv: [filename], name: '__main__', env }) },
    source,
    frontends: { python: pythonLoader({ ...(seeded === null ? {} : sourcesUnder('', seeded)), ...modules, [filename]: source }) },
  });
  const kernel = boot(scenario, options, { tracing });
  const end = kernel.run();
  return { stdout: streamText(kernel.output, 1), stderr: streamText(kernel.output, 2), status: end.status, kernel };
}
