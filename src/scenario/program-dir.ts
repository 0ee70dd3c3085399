/**
 * The program's directory, as the simulated machine sees it: a Python program runs as
 * /home/user/<name>.py and finds beside it what was beside it on the real disk — the
 * modules it imports (`import worker`, packages) and the data files it reads. The
 * directory is read once, when the scenario loads (the kernel never reads real files),
 * so a run stays a function of its inputs; writes go to the virtual file system only.
 *
 * What is read, within limits that keep a run small when a program sits in a big
 * folder (a Downloads directory, a repository): UTF-8 text files up to MAX_FILE bytes,
 * MAX_FILES files and MAX_TOTAL bytes in all, MAX_DEPTH folders deep, in name order.
 * Hidden names (`.git`, `.venv`), `__pycache__` and `node_modules` are left out, and so
 * is any file past a limit or not valid UTF-8 (the virtual file system holds text).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DirLimits {
  MAX_FILE: number;
  MAX_TOTAL: number;
  MAX_FILES: number;
  MAX_DEPTH: number;
}

export const DIR_LIMITS: Readonly<DirLimits> = {
  /** Largest file copied in, in bytes. */
  MAX_FILE: 1 << 20,
  /** Bytes copied in all. */
  MAX_TOTAL: 8 << 20,
  /** Files copied in all. */
  MAX_FILES: 500,
  /** Folders below the program's own that are read. */
  MAX_DEPTH: 3,
};

const SKIP = new Set(['__pycache__', 'node_modules']);

export interface ProgramDir {
  /** Every file read, by its path relative to the directory ('data/a.txt'), with its text. */
  files: Record<string, string>;
  /** Every folder read, relative ('data'), parents first. */
  dirs: string[];
  /** The first files left out (by a limit, or for not being UTF-8 text), relative, with why. */
  skipped: string[];
  /** How many more were left out (the walk stops at the file limit). */
  more: number;
}

const SKIPPED_NAMED = 10;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `dir` (a real directory) within DIR_LIMITS. */
export function readProgramDir(dir: string, limits: Readonly<DirLimits> = DIR_LIMITS): ProgramDir {
  const out: ProgramDir = { files: {}, dirs: [], skipped: [], more: 0 };
  const skip = (why: string): void => {
    if (out.skipped.length < SKIPPED_NAMED) out.skipped.push(why);
    else out.more++;
  };
  let total = 0;
  let count = 0;
  const walk = (abs: string, rel: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || SKIP.has(name)) continue;
      if (count >= limits.MAX_FILES) {
        skip(`${rel === '' ? '' : `${rel}/`}${name} and what follows (past the ${limits.MAX_FILES}-file limit)`);
        return;
      }
      const path = join(abs, name);
      const r = rel === '' ? name : `${rel}/${name}`;
      let st;
      try {
        st = statSync(path);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (depth >= limits.MAX_DEPTH) continue;
        out.dirs.push(r);
        walk(path, r, depth + 1);
        continue;
      }
      if (!st.isFile()) continue;
      if (st.size > limits.MAX_FILE) skip(`${r} (larger than ${limits.MAX_FILE} bytes)`);
      else if (total + st.size > limits.MAX_TOTAL) skip(`${r} (past the ${limits.MAX_TOTAL}-byte limit)`);
      else {
        let text: string;
        try {
          text = utf8.decode(readFileSync(path));
        } catch {
          skip(`${r} (not UTF-8 text)`);
          continue;
        }
        out.files[r] = text;
        total += st.size;
        count++;
      }
    }
  };
  walk(dir, '', 0);
  return out;
}

/** The directory's files and folders under `home` (the virtual file system's form: a folder ends in '/'). */
export function filesUnder(home: string, d: ProgramDir): Record<string, string> {
  const out: Record<string, string> = { [`${home}/`]: '' };
  for (const r of d.dirs) out[`${home}/${r}/`] = '';
  for (const [r, text] of Object.entries(d.files)) out[`${home}/${r}`] = text;
  return out;
}

/** The directory's Python files under `prefix` (the loader's form: path → source). */
export function sourcesUnder(prefix: string, d: ProgramDir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [r, text] of Object.entries(d.files)) if (r.endsWith('.py')) out[`${prefix}${r}`] = text;
  return out;
}
