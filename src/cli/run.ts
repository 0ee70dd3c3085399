/**
 * `forkscope run FILE`: runs a scenario and prints it in the chosen format while it
 * runs — the programs' output as they write it, trace lines as events happen — and
 * ends with the report and the exit status (the program's, 124 stuck, 130 Ctrl-C).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { endReport } from '../render/report.js';
import type { RunWriter } from '../render/writer.js';
import { type Scenario, loadScenario } from '../scenario/load.js';
import { ScheduleError } from '../kernel/chooser.js';
import type { Kernel } from '../kernel/kernel.js';
import type { TraceEvent } from '../kernel/trace.js';
import { parseDuration } from '../kernel/time.js';
import { EXIT, InternalError, usageError } from '../scenario/errors.js';
import { type RunOptions, OPTION_NAMES, OPTION_TABLE, OptionError, parseParam } from '../scenario/options.js';
import { type SimulateExtras, type Simulation, boot, replayCommand, simulate, view } from '../scenario/simulate.js';
import { drive, stalled, watchdog } from './drive.js';
import { FORMATS, FORMAT_NAMES, type FormatName } from './formats.js';
import { type Io, bufferedIo, processIo } from './io.js';
import { Progress } from './progress.js';
import { stallReport } from './stall.js';

export interface RunFlags {
  format?: string;
  param?: string[];
  stdin?: string;
  watchdog?: string;
  /** The program's arguments (the words after the file). */
  args?: string[];
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
    const file = resolve(flags.stdin);
    try {
      out.stdin = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw usageError(`--stdin: ${flags.stdin}: ${code === 'EISDIR' ? 'is a directory' : code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
    }
    out.stdinFile = file;
  }
  if (flags.args !== undefined) out.args = flags.args;
  return out;
}

export function parseFormat(f: string | undefined): FormatName {
  const name = f ?? 'output';
  if (!(FORMAT_NAMES as string[]).includes(name)) throw usageError(`--format must be one of ${FORMAT_NAMES.join(', ')}, not '${name}'`);
  return name as FormatName;
}

/** The default wall-clock watchdog: far beyond any step of a sane program, short enough to wait for. */
export const WATCHDOG_DEFAULT = '10s';

/** `--watchdog DUR` in ms (0: off). */
export function parseWatchdog(text: string | undefined): number {
  const t = text ?? WATCHDOG_DEFAULT;
  if (t === 'off' || t === '0') return 0;
  const ns = /[a-z]\s*$/.test(t) ? parseDuration(t) : null;
  if (ns === null || ns < 1_000_000) throw usageError(`--watchdog must be a duration of 1ms or more (such as 10s), or off, not '${t}'`);
  return Math.round(ns / 1_000_000);
}

/**
 * Runs a scenario for a command: a schedule that does not fit is a usage error; any
 * other failure is our bug, reported with the command that replays it.
 */
export function simulateOrExplain(scenario: Scenario, options: RunOptions, extras: SimulateExtras): Simulation {
  try {
    return simulate(scenario, options, extras);
  } catch (e) {
    throw explained(e, replayCommand(scenario, options));
  }
}

export const explained = (e: unknown, replay: string): Error => (e instanceof ScheduleError ? usageError(e.message) : new InternalError(e, replay));

/** What the run needs of the host process: Ctrl-C and whether stderr is a terminal. */
interface Host {
  interrupted(): boolean;
  tty: boolean;
  release(): void;
}

/** The real process: Ctrl-C (SIGINT) asks the run to stop between two steps. */
function processHost(): Host {
  let hit = false;
  const onSigint = (): void => {
    hit = true;
  };
  process.on('SIGINT', onSigint);
  return { interrupted: () => hit, tty: process.stderr.isTTY === true, release: () => void process.off('SIGINT', onSigint) };
}

const quietHost: Host = { interrupted: () => false, tty: false, release: () => {} };

/**
 * Builds the kernel with the writer's sinks attached, and starts the writer: events of
 * the boot itself (the main process's creation, its first dispatch) wait for the header.
 */
function bootFor(scenario: Scenario, options: RunOptions, writer: RunWriter, replay: string, watchdogMs: number): Kernel | null {
  let n = 0;
  let early: TraceEvent[] | null = [];
  const traceSink = {
    push(e: TraceEvent) {
      n++;
      if (early) early.push(e);
      else writer.event(e);
    },
    get length() {
      return n;
    },
  };
  let kernel = null as Kernel | null;
  // Booting runs the main program up to its first syscall: it is watched too.
  const start = (): void => {
    kernel = boot(scenario, options, { tracing: writer.tracing, traceSink, outputSink: { push: (w) => writer.write(w) }, scheduleOnly: true });
  };
  try {
    if (watchdogMs > 0) watchdog(start, watchdogMs)();
    else start();
  } catch (e) {
    if (stalled(e)) return null;
    throw explained(e, replay);
  }
  if (kernel === null) return null;
  writer.start({ scenario: scenario.id, settings: kernel.settings, replay });
  for (const e of early) writer.event(e);
  early = null;
  return kernel;
}

/** Runs and prints as it goes; returns the exit status for the process. */
export async function runCommand(file: string, flags: RunFlags, io: Io): Promise<number> {
  const format = parseFormat(flags.format);
  const options = optionsFromFlags(flags);
  const watchdogMs = parseWatchdog(flags.watchdog ?? io.watchdog);
  const scenario = await loadScenario(file);
  const out = bufferedIo(io);
  const writer = FORMATS[format]!.writer(out);
  const replay = replayCommand(scenario, options);
  const kernel = bootFor(scenario, options, writer, replay, watchdogMs);
  if (kernel === null) {
    out.flush();
    io.stderr(await stallReport(scenario, options, 0, { kind: 'stalled', ms: watchdogMs, pid: -1, tid: -1, where: '' }, replay));
    return EXIT.stuck;
  }
  const host = io === processIo ? processHost() : quietHost;
  const progress = new Progress(kernel, io.stderr, host.tty);
  const afterSlice = async (): Promise<void> => {
    progress.clear();
    out.flush();
    progress.draw();
    // A reader slower than the run (a pipe to a pager) holds the run back.
    await io.drained?.();
  };
  let driven;
  try {
    driven = await drive(kernel, { watchdogMs, interrupted: host.interrupted, afterSlice });
  } catch (e) {
    out.flush();
    progress.clear();
    throw explained(e, replay);
  } finally {
    host.release();
  }
  progress.clear();
  if (driven.kind === 'stalled') {
    io.stderr(await stallReport(scenario, options, kernel.stepCount, driven, replay));
    return EXIT.stuck;
  }
  // An interrupted run is reproduced by stopping after as many steps.
  const v = view(scenario, kernel, driven.kind === 'interrupted' ? { ...options, maxSteps: kernel.stepCount } : options);
  writer.finish(v);
  out.flush();
  const r = kernel.replayer;
  if (r?.exhausted) io.stderr(`forkscope: the schedule ran out after its ${r.length} choice${r.length === 1 ? '' : 's'}; every later choice was option 0 (the earliest event)\n`);
  const report = endReport(v);
  if (report) io.stderr(report);
  return kernel.state.end!.status;
}
