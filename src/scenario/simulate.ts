/**
 * Running a scenario: the one place a machine is composed — the scenario's programs and
 * loaders, the virtual world (commands, network), the options layered over the
 * scenario's own — then built, run, and viewed.
 */
import type { Chooser, ScheduleMode } from '../kernel/chooser.js';
import type { Footprint } from '../kernel/footprint.js';
import type { Image } from '../kernel/syscalls.js';
import type { OutputSink, TraceSink } from '../kernel/trace.js';
import { DEFAULTS, Kernel, type KernelOptions } from '../kernel/kernel.js';
import type { RunView } from '../render/view.js';
import type { Scenario } from './load.js';
import type { PolicyName } from '../kernel/policies/policy.js';
import { BASE_DIRS, DNS_FAILURE, HOSTS } from './world.js';
import { type RunOptions, mergeOptions, shellQuote, toFlags } from './options.js';

export interface SimulateExtras {
  /** Keep every past state through immer (default false). */
  history?: boolean;
  /** With history: deep-freeze past states so any edit of history throws (tests). */
  freeze?: boolean;
  /** Record the trace (default true). */
  tracing?: boolean;
  /** Record only the schedule string, not each decision (long command-line runs; KernelOptions.scheduleOnly). */
  scheduleOnly?: boolean;
  /** Keep each decision in the kernel (default true; KernelOptions.keepDecisions). */
  keepDecisions?: boolean | 'choices';
  /** Where the trace goes (default: kept in full). */
  traceSink?: TraceSink;
  /** Where the terminal's writes go (default: kept in full). */
  outputSink?: OutputSink;
  chooser?: Chooser;
  /** Timed (the cost model) or free (every order); default: the schedule's mode, else timed. */
  mode?: ScheduleMode;
  /** Receives every step's footprint (the explorer). */
  footprint?: Footprint;
}

export interface Simulation extends RunView {
  kernel: Kernel;
}

/** The files a scenario's machines start with, one record per scenario (the kernel prepares each record once). */
const filesOf = new WeakMap<Scenario, Record<string, string>>();
function machineFiles(scenario: Scenario): Record<string, string> {
  let f = filesOf.get(scenario);
  if (f === undefined) filesOf.set(scenario, (f = { ...BASE_DIRS, ...scenario.files }));
  return f;
}

/** Builds a kernel for the scenario under `options` (layered over the scenario's own), without running it. */
export function boot(scenario: Scenario, options: RunOptions = {}, extras: SimulateExtras = {}): Kernel {
  return new Kernel(machineOptions(scenario, options, extras));
}

/**
 * The kernel options of a machine for the scenario under `options`: what `boot` builds
 * from. The explorer makes them once and boots every run from them.
 */
export function machineOptions(scenario: Scenario, options: RunOptions = {}, extras: SimulateExtras = {}): KernelOptions {
  const o = mergeOptions({ policy: defaultPolicy(scenario) }, scenario.options, options);
  const machine = {
    stdin: o.stdin ?? scenario.stdin,
    files: machineFiles(scenario),
    network: { hosts: HOSTS, dnsFailure: DNS_FAILURE },
    loader: scenario.loader,
    main: o.args === undefined ? scenario.main : withArgs(scenario.main, o.args),
    name: scenario.main.label,
  };
  return Object.assign({}, o, machine, extras);
}

/**
 * The policy a run of `scenario` has unless told otherwise. A Python program runs as on the
 * OS its documents' authors ran it on: Linux's CFS, where a woken task preempts one that has
 * run longer, and Windows, whose priority round-robin boosts a thread whose wait completes
 * so that it, too, preempts a thread using its quantum; the `cfs` policy models both
 * (plain round-robin sends a woken task to the back of the queue: a Manager's server
 * thread then waits behind a hundred interpreters' start-ups). A TypeScript scenario is a
 * textbook machine: round-robin (DEFAULTS.policy).
 */
export const defaultPolicy = (scenario: Scenario): PolicyName => (scenario.lang === 'py' ? 'cfs' : DEFAULTS.policy);

/** The main program's image given `args`: a Python program's sys.argv after its name, a TypeScript main's arguments. */
function withArgs(main: Image, args: string[]): Image {
  const data = JSON.parse(main.data) as { argv?: string[]; args?: unknown[] };
  if (main.kind === 'python') data.argv = [data.argv?.[0] ?? main.label, ...args];
  else data.args = args;
  return { ...main, data: JSON.stringify(data) };
}

/** Runs the scenario to its end and returns everything renderers need. */
export function simulate(scenario: Scenario, options: RunOptions = {}, extras: SimulateExtras = {}): Simulation {
  const kernel = boot(scenario, options, extras);
  kernel.run();
  return view(scenario, kernel, options);
}

/** What renderers read of a kernel that ran `scenario` under `options` (to its end or part way). */
export function view(scenario: Scenario, kernel: Kernel, options: RunOptions): Simulation {
  return {
    kernel,
    state: kernel.state,
    trace: kernel.trace,
    output: kernel.output,
    settings: kernel.settings,
    schedule: kernel.schedule(),
    scenario: scenario.id,
    mainPid: kernel.mainPid,
    events: kernel.events,
    replay: replayCommand(scenario, options),
  };
}

/**
 * The command that reproduces a run of `scenario` under `options` exactly: a seeded run
 * replays from its seed and options; a run that replayed a schedule names the schedule.
 */
export function replayCommand(scenario: Scenario, options: RunOptions): string {
  const o = mergeOptions(scenario.options, options);
  const flags = toFlags({ ...o, seed: o.seed ?? DEFAULTS.seed });
  return ['forkscope', 'run', shellQuote(scenario.id), ...flags].join(' ');
}
