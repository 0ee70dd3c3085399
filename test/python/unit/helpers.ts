/** Shared helpers of the Python unit tests. */
import { runPython, type RunPythonOptions, type RunPythonResult } from '../../../src/scenario/python.js';

/** Runs a program (dedented) and returns its result. */
export function py(source: string, opts: RunPythonOptions = {}): RunPythonResult {
  return runPython(dedent(source), opts);
}

/** What a program prints on stdout; fails the test with stderr when it does not exit 0. */
export function out(source: string, opts: RunPythonOptions = {}): string {
  const r = py(source, opts);
  if (r.status !== 0) throw new Error(`exit status ${r.status}\n${r.stderr}`);
  return r.stdout;
}

/** The last line of stderr (the exception line of a traceback). */
export function lastErr(r: RunPythonResult): string {
  const lines = r.stderr.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

export function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
