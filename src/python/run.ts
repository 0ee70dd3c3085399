/**
 * runPython: runs one Python program on a fresh simulated machine and collects
 * what it printed — for tests, benchmarks and the differential corpus.
 */
import { Kernel } from '../kernel/kernel.js';
import type { Platform } from '../kernel/ctx.js';
import { composeLoader } from '../scenario/loaders.js';
import { commandLoader } from '../scenario/commands.js';
import { pythonLoader } from './loader.js';

export interface RunPythonOptions {
  /** The program's file name as given on the command line (default 'prog.py'). */
  filename?: string;
  /** What the program reads from its terminal. */
  stdin?: string;
  /** Files in the virtual file system (absolute path → text); the cwd is /home/user. */
  files?: Record<string, string>;
  /** Other Python files beside the program, importable as modules (name → source). */
  modules?: Record<string, string>;
  platform?: Platform;
  /** Environment variables over os.environ's defaults (inherited by spawned children). */
  env?: Record<string, string>;
  seed?: number | string;
  cpus?: number;
  /** Extra kernel options (policy, maxTime, ...). */
  kernel?: Partial<ConstructorParameters<typeof Kernel>[0]>;
}

export interface RunPythonResult {
  stdout: string;
  stderr: string;
  status: number;
  kernel: Kernel;
}

export function runPython(source: string, opts: RunPythonOptions = {}): RunPythonResult {
  const filename = opts.filename ?? 'prog.py';
  const sources: Record<string, string> = { [filename]: source };
  for (const [name, text] of Object.entries(opts.modules ?? {})) sources[name] = text;
  const k = new Kernel({
    loader: composeLoader({ python: pythonLoader(sources), command: commandLoader }),
    main: { kind: 'python', label: filename, data: JSON.stringify({ main: filename, argv: [filename], name: '__main__', env: opts.env }) },
    stdin: opts.stdin ?? '',
    files: opts.files ?? {},
    platform: opts.platform ?? 'linux',
    seed: opts.seed ?? 1,
    cpus: opts.cpus ?? 4,
    history: false,
    tracing: false,
    ...opts.kernel,
  });
  const end = k.run();
  let stdout = '';
  let stderr = '';
  for (const w of k.output) {
    if (w.fd === 1) stdout += w.text;
    else if (w.fd === 2) stderr += w.text;
  }
  return { stdout, stderr, status: end.status, kernel: k };
}
