/**
 * Where in a TypeScript scenario something happened: the scenario runs as one bundle
 * (esbuild, loaded from a data: URL) whose inline source map leads back to the .ts
 * files. Errors thrown by scenario code and the watchdog's "ran N s without yielding"
 * name `file:line:col` of the scenario, not of the bundle.
 */
import { SourceMap } from 'node:module';
import { relative, resolve } from 'node:path';

/** How a scenario's code is located: its module URL and a map back to its sources. */
export interface CodeMap {
  /** The URL the bundle was imported from (what stack frames and profiles name). */
  readonly url: string;
  /** `file:line:col` (1-based) of a position in the bundle (1-based line and column), or null. */
  locate(line: number, column: number): string | null;
  /** The scenario's frames of an error's stack, outermost last: `helper (file:line:col)`. */
  frames(stack: string): string[];
}

/**
 * Builds the map of a bundle whose last line is esbuild's inline source map.
 * `base` is the directory esbuild resolved source paths against; `display` turns an
 * absolute source path into the path shown to people.
 */
export function codeMap(code: string, url: string, base: string, display: (file: string) => string): CodeMap {
  const m = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(code);
  const map = m ? new SourceMap(JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8'))) : null;
  const lines = code.split('\n');
  const locate = (line: number, column: number): string | null => {
    if (!map) return null;
    // A profile names a line only: take its first non-blank column.
    const col = column > 0 ? column : (lines[line - 1]?.search(/\S/) ?? 0) + 1;
    const e = map.findEntry(line - 1, Math.max(0, col - 1)) as { originalSource?: string; originalLine?: number; originalColumn?: number };
    if (e.originalSource === undefined || e.originalLine === undefined) return null;
    const file = display(resolve(base, e.originalSource.replace(/^file:\/\//, '')));
    return `${file}:${e.originalLine + 1}:${(e.originalColumn ?? 0) + 1}`;
  };
  const frames = (stack: string): string[] => {
    const out: string[] = [];
    for (const line of stack.split('\n')) {
      const at = line.indexOf(url);
      if (at < 0) continue;
      const pos = /:(\d+):(\d+)\)?\s*$/.exec(line.slice(at + url.length));
      if (!pos) continue;
      const where = locate(Number(pos[1]), Number(pos[2]));
      if (!where) continue;
      // `at helper (`, `at Module.main (`, `at Thread.main [as program] (`: the function's own name.
      const fn = /^\s*at (?:[\w$]+\.)*([\w$<>]+)(?: \[as [\w$]+\])? \(/.exec(line)?.[1];
      out.push(fn && fn !== 'next' ? `${fn} (${where})` : where);
    }
    return out;
  };
  return { url, locate, frames };
}

/** Paths under `dir` shown relative to it (stable across machines), others absolute. */
export const displayUnder =
  (dir: string) =>
  (file: string): string => {
    const rel = relative(dir, file);
    return rel.startsWith('..') ? file : rel;
  };
