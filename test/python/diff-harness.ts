/**
 * The differential corpus (test/python/diff/cases): each program with a recorded
 * CPython result, run on forkscope under the same conditions (cwd /home/user,
 * argv[0] = '<name>.py', stdin from '<name>.stdin') and normalised the same way.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runPython } from '../../src/scenario/python.js';
import { PythonCompileError, decodeSource } from '../../src/python/index.js';

export interface Expected {
  stdout: string;
  stderr_last: string;
  status: number;
  /** The whole stderr, for programs marked `# record: stderr` (tools/record-cpython.py). */
  stderr?: string;
}

/**
 * What a run is compared on: what `expected` recorded (the whole stderr only when it was).
 * The recorder takes the temporary directory out of CPython's stderr (tracebacks name the
 * script by its absolute path), so the run's directory, /home/user, comes out of ours.
 */
export function observed(expected: Expected, stdout: string, stderr: string, status: number): Expected {
  const err = stderr.replaceAll(`${CWD}/`, '');
  const o: Expected = { stdout: normalise(stdout), stderr_last: normalise(lastStderrLine(err)), status };
  if (expected.stderr !== undefined) o.stderr = normalise(err);
  return o;
}

/** The directory a case runs in (the program is /home/user/<name>.py). */
const CWD = '/home/user';

export interface DiffCase {
  name: string;
  file: string;
  expected: Expected;
}

const ROOT = new URL('./diff/cases/', import.meta.url);

const rules = (JSON.parse(readFileSync(new URL('../diff-normalise.json', import.meta.url), 'utf8')) as { pattern: string; replacement: string }[]).map(
  (r) => [new RegExp(r.pattern, 'g'), r.replacement] as const,
);

export function normalise(text: string): string {
  for (const [re, rep] of rules) text = text.replace(re, () => rep);
  return text;
}

export function lastStderrLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 0 ? lines[lines.length - 1]!.replace(/\s+$/, '') : '';
}

export function listCases(dir = ROOT.pathname): DiffCase[] {
  const out: DiffCase[] = [];
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!p.endsWith('.files')) walk(p); // a multi-file case's siblings are not cases
      } else if (name.endsWith('.py')) {
        const exp = p.replace(/\.py$/, '.expected.json');
        if (!existsSync(exp)) continue;
        out.push({ name: p.slice(dir.length).replace(/\.py$/, ''), file: p, expected: JSON.parse(readFileSync(exp, 'utf8')) as Expected });
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * A case's source, decoded as CPython decodes a file it runs (BOM, encoding
 * declaration, line ends), or the compile error that decoding is.
 */
export function sourceOf(file: string): string | PythonCompileError {
  try {
    return decodeSource(readFileSync(file), basename(file));
  } catch (e) {
    if (e instanceof PythonCompileError) return e;
    throw e;
  }
}

/** A multi-file case's `<name>.files/` folder: what sits beside the program (tools/record-cpython.py copies it). */
export function siblingsOf(file: string): string | undefined {
  const dir = file.replace(/\.py$/, '.files');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

export function runCase(c: DiffCase): Expected {
  const stdinFile = c.file.replace(/\.py$/, '.stdin');
  const source = sourceOf(c.file);
  // A file that cannot be decoded never starts: the process prints the error as it
  // prints any compile error of its main module (python/loader.ts) and exits 1.
  if (source instanceof PythonCompileError) return observed(c.expected, '', source.render(), 1);
  const r = runPython(source, {
    filename: basename(c.file),
    stdin: existsSync(stdinFile) ? readFileSync(stdinFile, 'utf8') : '',
    dir: siblingsOf(c.file),
  });
  return observed(c.expected, r.stdout, r.stderr, r.status);
}
