/**
 * Where a TypeScript program is. A suspended generator cannot report its position, so
 * the position is taken where the program asks for an operation: a program that is
 * tracked gets `tracedSys`, whose every method notes its call site (the line of
 * `yield* k.sleep(…)`) before it builds the operation. The site is a captured stack
 * (about 2 µs a call), resolved through the scenario's source map only when someone
 * reads it. Only the stepping UI tracks programs (AddressSpace.trackWhere): a run or an
 * exploration hands out the plain `sys` and pays nothing.
 */
import { sys } from './api.js';
import type { CodeMap } from './source-map.js';

/** A captured call site: read its `stack` (with siteFrames installed) to get V8's call sites. */
export type Site = { stack?: unknown };

/** The site noted by the last operation a tracked program asked for (TsSpace reads and clears it around each resume). */
let noted: Site | null = null;
/** Whether operations note their site now: on only while a tracked program runs, and not while a forked child replays its way to the fork. */
let on = false;

/** Turns noting on or off (TsSpace, around each resume of a program). */
export function noting(yes: boolean): void {
  on = yes;
}

/** Takes the site noted since the last take (null: none). */
export function takeSite(): Site | null {
  const s = noted;
  noted = null;
  return s;
}

/** Frames kept per site: the caller of a method of `k` (each more frame costs about 0.5 µs a call). */
const FRAMES = 1;

function note(skip: (...a: never[]) => unknown): void {
  if (!on) return;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = FRAMES;
  const site: Site = {};
  Error.captureStackTrace(site, skip);
  Error.stackTraceLimit = limit;
  noted = site;
}

type Methods = Record<string, unknown>;

/** `sys` with every operation noting its call site. */
export const tracedSys: typeof sys = (() => {
  const out: Methods = {};
  for (const [name, value] of Object.entries(sys as Methods)) {
    if (typeof value !== 'function') {
      out[name] = value;
      continue;
    }
    const method = value as (...a: unknown[]) => unknown;
    const traced = function (this: unknown, ...args: unknown[]): unknown {
      note(traced);
      return method.apply(sys, args);
    };
    out[name] = traced;
  }
  return out as typeof sys;
})();

interface CallSite {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

/** Resolved locations by bundle position, per scenario bundle. */
const resolved = new WeakMap<CodeMap, Map<number, string>>();

/**
 * 'file.ts:line' of a site in the scenario's own code, or '' when the operation was not
 * asked for there. Named by the file's base name, as Python locations are.
 */
export function siteLoc(site: Site, map: CodeMap): string {
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (_e, frames) => frames;
  let frames: CallSite[];
  try {
    frames = (site.stack as CallSite[] | undefined) ?? [];
  } finally {
    Error.prepareStackTrace = prepare;
  }
  let cache = resolved.get(map);
  if (cache === undefined) resolved.set(map, (cache = new Map()));
  for (const f of frames) {
    const file = f.getFileName();
    if (typeof file !== 'string' || file.length !== map.url.length || file !== map.url) continue;
    const line = f.getLineNumber() ?? 0;
    const col = f.getColumnNumber() ?? 0;
    const key = line * 100_000 + col;
    let loc = cache.get(key);
    if (loc === undefined) {
      const at = map.locate(line, col);
      const m = at === null ? null : /([^/\\]+):(\d+):\d+$/.exec(at);
      loc = m ? `${m[1]}:${m[2]}` : '';
      cache.set(key, loc);
    }
    return loc;
  }
  return '';
}
