/**
 * Outcomes: what a person observes at the end of a run, and what makes two runs count
 * as the same. By default: stdout, stderr, the exit status of every process, and how
 * the run ended when it did not simply finish (a deadlock, an exhausted budget). A
 * projection keeps less: the main process's stdout, the lines matching a pattern, or
 * the value a TypeScript main program returned. Pids and times are part of an outcome
 * when they are part of what it keeps (printed, or in the exit list).
 */
import type { Kernel } from '../kernel/kernel.js';
import { tableGet } from '../kernel/table.js';
import { waitstatusToExitcode } from '../kernel/syscalls.js';
import { streamText } from '../render/output.js';
import { usageError } from '../scenario/errors.js';

export type Projection =
  | { kind: 'all' }
  | { kind: 'stdout' } // the main process's stdout only
  | { kind: 'lines'; pattern: string } // the lines of stdout matching the pattern
  | { kind: 'return' }; // what a TypeScript main program returned

export const PROJECTION_HELP =
  "what counts as the outcome: all (stdout, stderr, every process's exit status, and a deadlock or budget ending; the default), stdout (the main process's stdout only), 'lines:REGEX' (the lines of stdout that match), return (what a TypeScript main program returned)";

export function parseProjection(text: string): Projection {
  if (text === 'all' || text === 'stdout' || text === 'return') return { kind: text };
  if (text.startsWith('lines:')) {
    const pattern = text.slice('lines:'.length);
    try {
      new RegExp(pattern);
    } catch (e) {
      throw usageError(`--outcome lines: '${pattern}' is not a regular expression: ${(e as Error).message}`);
    }
    return { kind: 'lines', pattern };
  }
  throw usageError(`--outcome must be all, stdout, 'lines:REGEX' or return, not '${text}'`);
}

/** The projection as the flag value that gives it. */
export const projectionText = (p: Projection): string => (p.kind === 'lines' ? `lines:${p.pattern}` : p.kind);

/** One part of an outcome: a name ('stdout', 'exit', ...) and its text. */
export type Part = readonly [name: string, text: string];

export interface Outcome {
  /** Equal keys: the same outcome. */
  readonly key: string;
  readonly parts: readonly Part[];
}

export const outcome = (parts: Part[]): Outcome => ({ key: JSON.stringify(parts), parts });

/**
 * The outcomes runs reached lately, by an id of their parts (each name and text, the text
 * after its length, so no two lists of parts share an id): most runs of an exploration
 * reach an outcome seen before, and looking it up costs less than JSON.stringify.
 */
const seen = new Map<string, Outcome>();
const SEEN_MAX = 4096;

function known(parts: Part[]): Outcome {
  let id = '';
  for (const [name, text] of parts) id += `${name} ${text.length} ${text}`;
  let o = seen.get(id);
  if (o === undefined) {
    if (seen.size >= SEEN_MAX) seen.clear();
    o = outcome(parts);
    seen.set(id, o);
  }
  return o;
}

/**
 * An outcome as a value to compare in tests: the text of its one part (what a returned
 * value was, for 'return'), or an object of its parts ({ stdout, exit, ... }).
 */
export function outcomeValue(parts: readonly Part[]): unknown {
  const value = (name: string, text: string): unknown => (name === 'return' && text !== 'undefined' ? JSON.parse(text) : name === 'return' ? undefined : text);
  if (parts.length === 1) return value(parts[0]![0], parts[0]![1]);
  return Object.fromEntries(parts.map(([name, text]) => [name, value(name, text)]));
}

/** How a run ended, when that is part of its outcome (null: it finished). */
function ending(k: Kernel): string | null {
  const end = k.state.end;
  if (end === null) return 'not ended';
  switch (end.kind) {
    case 'done':
      return null;
    case 'deadlock':
      return 'deadlock';
    case 'budget':
      return `budget exhausted (${end.what})`;
    case 'stopped':
      return 'stopped';
    case 'interrupted':
      return 'interrupted';
  }
}

/** The exit status of every process but init and the shell: `1001=0 1002=-15 1003=alive`. */
export function exitList(k: Kernel): string {
  // A loop over the table, not allProcs().filter().map().join(): every explored run makes one.
  const s = k.state;
  let out = '';
  for (let i = 0; i < s.nprocs; i++) {
    const p = tableGet(s.procs, i)!;
    if (p.origin === 'init') continue;
    const status = `${p.pid}=${p.status === 'alive' ? 'alive' : waitstatusToExitcode(p.wstatus)}`;
    out = out === '' ? status : `${out} ${status}`;
  }
  return out;
}

/**
 * The outcome of a finished run under a projection. `returned` is what the main
 * program returned (a TypeScript program's value), for the 'return' projection.
 */
export function outcomeOf(k: Kernel, p: Projection, returned: () => unknown): Outcome {
  const parts: Part[] = [];
  switch (p.kind) {
    case 'all': {
      parts.push(['stdout', streamText(k.output, 1)]);
      const err = streamText(k.output, 2);
      if (err !== '') parts.push(['stderr', err]);
      parts.push(['exit', exitList(k)]);
      break;
    }
    case 'stdout': {
      let text = '';
      for (const w of k.output) if (w.fd === 1 && w.pid === k.mainPid) text += w.text;
      parts.push(['stdout', text]);
      break;
    }
    case 'lines': {
      const re = new RegExp(p.pattern);
      const lines = streamText(k.output, 1).split('\n').filter((line) => re.test(line));
      parts.push(['lines', lines.join('\n')]);
      break;
    }
    case 'return': {
      const v = returned();
      parts.push(['return', v === undefined ? 'undefined' : JSON.stringify(v)]);
      break;
    }
    default: {
      const never: never = p;
      throw new Error(`unknown projection ${JSON.stringify(never)}`);
    }
  }
  const end = ending(k);
  if (end !== null) parts.push(['end', end]);
  return known(parts);
}
