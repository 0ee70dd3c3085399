/** What renderers read: a finished or partial run. They never change it. */
import type { RunEnd, KernelState } from '../kernel/types.js';
import type { TraceEvent, Write } from '../kernel/trace.js';
import type { RunOptions } from '../scenario/options.js';

export interface RunView {
  state: KernelState;
  trace: readonly TraceEvent[];
  output: readonly Write[];
  /** The options the run used (after merging the scenario's and the command line's). */
  options: RunOptions;
  /** The schedule string that replays the run. */
  schedule: string;
  /** The scenario file or id, for headers. */
  scenario: string;
  mainPid: number;
}

export const endOf = (v: RunView): RunEnd | null => v.state.end;
