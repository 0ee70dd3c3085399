/** `forkscope run FILE`: runs a scenario and prints it in the chosen format. */
import { readFileSync } from 'node:fs';
import { endReport } from '../render/report.js';
import { loadScenario } from '../scenario/load.js';
import { UserError, usageError } from '../scenario/errors.js';
import { type RunOptions, OPTION_NAMES, OPTION_TABLE, OptionError, parseParam } from '../scenario/options.js';
import { simulate } from '../scenario/simulate.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from './formats.js';
import type { Io } from './io.js';

export interface RunFlags {
  format?: string;
  param?: string[];
  stdin?: string;
  [option: string]: unknown;
}

/** Turns parsed flags into run options, validating each with the shared option table. */
export function optionsFromFlags(flags: RunFlags): RunOptions {
  const out: RunOptions = {};
  try {
    for (const name of OPTION_NAMES) {
      const v = flags[name];
      if (typeof v === 'string') (out as Record<string, unknown>)[name] = OPTION_TABLE[name].parse(v);
    }
    for (const p of flags.param ?? []) out.params = parseParam(p, out.params ?? {});
  } catch (e) {
    if (e instanceof OptionError) throw usageError(e.message);
    throw e;
  }
  if (flags.stdin !== undefined) {
    try {
      out.stdin = readFileSync(flags.stdin, 'utf8');
    } catch {
      throw usageError(`--stdin: cannot read ${flags.stdin}`);
    }
  }
  return out;
}

export function parseFormat(f: string | undefined): FormatName {
  const name = f ?? 'output';
  if (!(FORMAT_NAMES as string[]).includes(name)) throw usageError(`--format must be one of ${FORMAT_NAMES.join(', ')}, not '${name}'`);
  return name as FormatName;
}

/** Runs and prints; returns the exit status for the process. */
export async function runCommand(file: string, flags: RunFlags, io: Io): Promise<number> {
  const format = parseFormat(flags.format);
  const options = optionsFromFlags(flags);
  const scenario = await loadScenario(file);
  // The command line keeps no history (that is for stepping back in time); it records the
  // trace only for formats that draw it — long runs stay fast and small.
  const tracing = format !== 'output' && format !== 'tree';
  let sim;
  try {
    sim = simulate(scenario, options, { history: false, tracing });
  } catch (e) {
    if (e instanceof Error && e.name === 'ScheduleError') throw new UserError(e.message, null, 2);
    throw e;
  }
  const render = FORMATS[format].render;
  if (render === null) {
    for (const w of sim.output) (w.fd === 2 ? io.stderr : io.stdout)(w.text);
  } else {
    io.stdout(render(sim));
  }
  const report = endReport(sim);
  if (report) io.stderr(report);
  return sim.state.end!.status;
}
