/** What renderers read: a finished or partial run. They never change it. */
import type { RunSettings } from '../kernel/kernel.js';
import type { TraceEvent, Write } from '../kernel/trace.js';
import type { KernelState, RunEnd } from '../kernel/types.js';

export interface RunView {
  state: KernelState;
  trace: readonly TraceEvent[];
  output: readonly Write[];
  /** The settings the run used, defaults filled in. */
  settings: RunSettings;
  /** The schedule string that replays the run. */
  schedule: string;
  /** The scenario file or id, for headers. */
  scenario: string;
  mainPid: number;
  /** Events that happened, recorded in `trace` or not (default: the trace's length). */
  events?: number;
  /** The command that reproduces this run exactly (made by whoever started it). */
  replay: string;
}

export const endOf = (v: RunView): RunEnd | null => v.state.end;
