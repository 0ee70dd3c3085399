/** `forkscope run FILE`: runs a scenario and prints it in the chosen format. */
import { readFileSync } from 'node:fs';
import { endReport } from '../render/report.js';
import { type Scenario, loadScenario } from '../scenario/load.js';
import { ScheduleError } from '../kernel/chooser.js';
import { InternalError, usageError } from '../scenario/errors.js';
import { type RunOptions, OPTION_NAMES, OPTION_TABLE, OptionError, parseParam } from '../scenario/options.js';
import { type SimulateExtras, type Simulation, replayCommand, simulate } from '../scenario/simulate.js';
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

/**
 * Runs a scenario for a command: a schedule that does not fit is a usage error; any
 * other failure is our bug, reported with the command that replays it.
 */
export function simulateOrExplain(scenario: Scenario, options: RunOptions, extras: SimulateExtras): Simulation {
  try {
    return simulate(scenario, options, extras);
  } catch (e) {
    if (e instanceof ScheduleError) throw usageError(e.message);
    throw new InternalError(e, replayCommand(scenario, options));
  }
}

/** Runs and prints; returns the exit status for the process. */
export async function runCommand(file: string, flags: RunFlags, io: Io): Promise<number> {
  const format = parseFormat(flags.format);
  const options = optionsFromFlags(flags);
  const scenario = await loadScenario(file);
  // The command line keeps no history (that is for stepping back in time); it records the
  // trace only for formats that draw it — long runs stay fast and small.
  const tracing = format !== 'output' && format !== 'tree';
  const sim = simulateOrExplain(scenario, options, { tracing });
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
