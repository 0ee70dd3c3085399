/** Running a scenario: merge its options with the caller's, build the kernel, run it. */
import type { Chooser } from '../kernel/chooser.js';
import type { TraceSink } from '../kernel/trace.js';
import { Kernel } from '../kernel/kernel.js';
import type { RunView } from '../render/view.js';
import type { Scenario } from './load.js';
import { DNS_FAILURE, HOSTS } from './world.js';
import { type RunOptions, mergeOptions } from './options.js';

export interface SimulateExtras {
  /** Keep every past state (default true). */
  history?: boolean;
  /** Record the trace (default true). */
  tracing?: boolean;
  /** Where the trace goes (default: kept in full). */
  traceSink?: TraceSink;
  chooser?: Chooser;
}

export interface Simulation extends RunView {
  kernel: Kernel;
}

/** Builds a kernel for the scenario under `options` (layered over the scenario's own), without running it. */
export function boot(scenario: Scenario, options: RunOptions = {}, extras: SimulateExtras = {}): Kernel {
  const o = mergeOptions(scenario.options, options);
  return new Kernel({
    ...o,
    stdin: o.stdin ?? scenario.stdin,
    files: scenario.files,
    network: { hosts: HOSTS, dnsFailure: DNS_FAILURE },
    loader: scenario.loader,
    main: scenario.main,
    name: scenario.main.label,
    ...extras,
  });
}

/** Runs the scenario to its end and returns everything renderers need. */
export function simulate(scenario: Scenario, options: RunOptions = {}, extras: SimulateExtras = {}): Simulation {
  const kernel = boot(scenario, options, extras);
  kernel.run();
  return view(scenario, kernel, mergeOptions(scenario.options, options));
}

export function view(scenario: Scenario, kernel: Kernel, options: RunOptions): Simulation {
  return {
    kernel,
    state: kernel.state,
    trace: kernel.trace,
    output: kernel.output,
    options,
    schedule: kernel.schedule(),
    scenario: scenario.id,
    mainPid: kernel.mainPid,
  };
}
