/**
 * Run options: what a scenario declares (its header or its `scenario` export) and what
 * the command line overrides. One table of options, each with its parser, shared by
 * the CLI flags and the scenario headers, so both accept exactly the same values.
 */
import { DEFAULT_PARAMS, type CostParams, PARAM_NAMES, PARAM_TABLE, isParamName, paramProblem } from '../kernel/params.js';
import { POLICIES, POLICY_NAMES, isPolicyName } from '../kernel/policies/index.js';
import type { PolicyName } from '../kernel/policies/policy.js';
import type { Platform } from '../kernel/ctx.js';
import { BUFFERINGS, type Buffering } from '../kernel/program.js';
import { DEFAULTS } from '../kernel/kernel.js';
import { parseScheduleRuns } from '../kernel/chooser.js';
import { MAX_CPUS } from '../kernel/state.js';
import { exactDuration, formatDuration, parseDuration } from '../kernel/time.js';
import type { Ns } from '../kernel/types.js';
import type { ScenarioOptions } from './api.js';

export interface RunOptions {
  seed?: number | string;
  cpus?: number;
  policy?: PolicyName;
  quantum?: Ns;
  schedule?: string;
  maxSteps?: number;
  maxTime?: Ns;
  platform?: Platform;
  buffering?: Buffering;
  params?: Partial<CostParams>;
  /** Text of stdin (the CLI reads --stdin FILE into it). */
  stdin?: string;
  /** The file `stdin` was read from (--stdin FILE), for replay commands. */
  stdinFile?: string;
  /** The program's arguments: a Python program's sys.argv[1:], a TypeScript main's arguments after `k`. */
  args?: string[];
}

export class OptionError extends Error {}

const fail = (msg: string): never => {
  throw new OptionError(msg);
};

export const PLATFORMS: readonly Platform[] = ['linux', 'windows', 'macos'];

function int(name: string, min: number, max: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || n < min || n > max) fail(`--${name} must be an integer from ${min} to ${max}, not '${text}'`);
    return n;
  };
}

/**
 * A duration flag: a number with a unit. A bare number is refused rather than read as
 * nanoseconds: `--quantum 5` meaning 5 ns made runs that never got anywhere.
 */
function duration(name: string): (text: string) => Ns {
  return (text) => {
    if (/^\s*\d+(?:\.\d+)?\s*$/.test(text)) fail(`--${name} needs a unit: did you mean ${text.trim()}ms? (units: ns, us, ms, s, m)`);
    const d = parseDuration(text);
    if (d === null || d <= 0) fail(`--${name} must be a positive duration such as 10ms, 1.5s or 200us, not '${text}'`);
    return d!;
  };
}

/** A seed: a non-negative safe integer, taken as written (never rounded, never hashed). */
function seed(text: string): number {
  const t = text.trim();
  const n = Number(t);
  if (!/^\d+$/.test(t) || !Number.isSafeInteger(n)) fail(`--seed must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}, not '${text}'`);
  return n;
}

/** Every option: its flag, argument name, help text, and parser into RunOptions. */
export const OPTION_TABLE = {
  seed: {
    arg: 'N',
    help: `seed for every scheduling decision, unseeded random, and windows pids: an integer from 0 to 2^53-1 (default ${DEFAULTS.seed})`,
    parse: seed,
  },
  cpus: { arg: 'N', help: `number of CPUs, 1 to ${MAX_CPUS} (default ${DEFAULTS.cpus})`, parse: int('cpus', 1, MAX_CPUS) },
  policy: {
    arg: 'P',
    help: `scheduling policy: ${POLICY_NAMES.join(', ')} (default: cfs for a Python program, ${DEFAULTS.policy} for a TypeScript scenario)`,
    parse: (t: string): PolicyName => (isPolicyName(t) ? t : fail(`--policy must be one of ${POLICY_NAMES.join(', ')}, not '${t}'`)),
  },
  quantum: { arg: 'DUR', help: `time slice (default ${formatDuration(DEFAULTS.quantum)})`, parse: duration('quantum') },
  schedule: {
    arg: 'STR',
    help:
      "replay this schedule string (printed by every run, and by explore for each outcome) instead of seeded decisions; one starting with 'free:' runs in free mode (every order of the processes' operations, not the cost model's timing). Past its end every choice is option 0: the earliest event, as the cost model would have it (stderr says where the schedule ran out)",
    parse: (t: string): string => {
      try {
        parseScheduleRuns(t);
      } catch (e) {
        fail(`--schedule: ${(e as Error).message}`);
      }
      return t;
    },
  },
  maxSteps: { arg: 'N', help: `end the run after N kernel steps (default ${DEFAULTS.maxSteps})`, parse: int('max-steps', 1, 1e12) },
  maxTime: { arg: 'DUR', help: `end the run at this virtual time (default ${formatDuration(DEFAULTS.maxTime)})`, parse: duration('max-time') },
  platform: {
    arg: 'P',
    help: 'linux (fork), windows (spawn, no os.fork, pids in multiples of 4) or macos (spawn) (default linux)',
    parse: (t: string): Platform => (PLATFORMS.includes(t as Platform) ? (t as Platform) : fail(`--platform must be one of ${PLATFORMS.join(', ')}, not '${t}'`)),
  },
  buffering: {
    arg: 'B',
    help:
      "how a Python program's output reaches the terminal: print (default: each print() is two writes, its text then its end), unbuffered (python -u: every argument, separator and end its own write), line (stdout a terminal: a write per line), block (stdout a pipe: 8 KiB blocks at flush() or exit, lost on os._exit or a kill, pending text copied by os.fork)",
    parse: (t: string): Buffering => (BUFFERINGS.includes(t as Buffering) ? (t as Buffering) : fail(`--buffering must be one of ${BUFFERINGS.join(', ')}, not '${t}'`)),
  },
} as const;

export type OptionName = keyof typeof OPTION_TABLE;
export const OPTION_NAMES = Object.keys(OPTION_TABLE) as OptionName[];

/** Kebab-case flag of an option name (maxTime → max-time). */
export const flagOf = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Parses `--param name=value`: a duration (a bare number is nanoseconds, or give a
 * unit: 2ms) or a count, checked against the parameter's range in params.ts.
 */
export function parseParam(text: string, into: Partial<CostParams>): Partial<CostParams> {
  const m = /^([A-Za-z]+)=(.+)$/.exec(text);
  if (!m) fail(`--param takes name=value, not '${text}'`);
  const name = m![1]!;
  const raw = m![2]!;
  if (!isParamName(name)) fail(`unknown parameter '${name}'; known: ${PARAM_NAMES.join(', ')}`);
  const spec = PARAM_TABLE[name as keyof CostParams];
  const value = spec.kind === 'duration' ? parseDuration(raw) : /^\d+$/.test(raw) ? Number(raw) : null;
  if (value === null) fail(`--param ${name} needs ${spec.kind === 'duration' ? 'a duration (ns, or with a unit: 2ms)' : 'an integer'}, not '${raw}'`);
  const problem = paramProblem(name as keyof CostParams, value!);
  if (problem) fail(`${problem}, not '${raw}'`);
  return { ...into, [name]: value! };
}

/** Parses option words as they appear in a scenario header (`--cpus 2 --policy rr`). */
export function parseOptionWords(words: string[]): RunOptions {
  const out: RunOptions = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(word);
    if (!m) fail(`expected an option such as --cpus, not '${word}'`);
    const flag = m![1]!;
    const value = m![2] ?? words[++i];
    if (value === undefined) fail(`--${flag} needs a value`);
    if (flag === 'param') {
      out.params = parseParam(value!, out.params ?? {});
      continue;
    }
    const name = OPTION_NAMES.find((n) => flagOf(n) === flag);
    if (!name) fail(`unknown option --${flag}`);
    (out as Record<string, unknown>)[name!] = OPTION_TABLE[name!].parse(value!);
  }
  return out;
}

/** Converts a TypeScript scenario's declared options, validating them like flags. */
export function fromScenarioOptions(o: ScenarioOptions = {}): RunOptions {
  const out: RunOptions = {};
  for (const name of OPTION_NAMES) {
    const v = (o as Record<string, unknown>)[name];
    if (v === undefined) continue;
    // The API's Duration: a number is nanoseconds.
    const text = typeof v === 'number' && (name === 'quantum' || name === 'maxTime') ? `${v}ns` : String(v);
    (out as Record<string, unknown>)[name] = OPTION_TABLE[name].parse(text);
  }
  if (o.params) for (const [k, v] of Object.entries(o.params)) out.params = parseParam(`${k}=${v}`, out.params ?? {});
  return out;
}

/** Later options win; params merge key by key. */
export function mergeOptions(...layers: RunOptions[]): RunOptions {
  const out: RunOptions = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer)) {
      if (v === undefined) continue;
      if (k === 'params') out.params = { ...out.params, ...(v as Partial<CostParams>) };
      else (out as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

/** A word as a POSIX shell reads it back: bare when it is safe, else single-quoted. */
export function shellQuote(word: string): string {
  return /^[\w.:/@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The options as flags again (for replay commands and snapshot headers): parsing them gives the same options. */
export function toFlags(o: RunOptions): string[] {
  const out: string[] = [];
  for (const name of OPTION_NAMES) {
    const v = o[name];
    if (v === undefined) continue;
    const text = name === 'quantum' || name === 'maxTime' ? exactDuration(v as number) : String(v);
    out.push(`--${flagOf(name)}`, shellQuote(text));
  }
  for (const [k, v] of Object.entries(o.params ?? {})) {
    if (v !== DEFAULT_PARAMS[k as keyof CostParams]) out.push('--param', `${k}=${v}`);
  }
  if (o.stdinFile !== undefined) out.push('--stdin', shellQuote(o.stdinFile));
  // Last: after `--` every word is the program's, flags included.
  if (o.args !== undefined && o.args.length > 0) out.push('--', ...o.args.map(shellQuote));
  return out;
}

export const policyHelp = (): string =>
  POLICY_NAMES.map((n) => `  ${n.padEnd(9)} ${POLICIES[n].help}`).join('\n');
