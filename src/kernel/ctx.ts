/**
 * The context every kernel recipe receives beside the state draft: the fixed
 * configuration of the run, the Chooser, and the places effects go (trace, output,
 * the programs' address spaces). Recipes read and edit only the state and this.
 */
import type { Candidates, Chooser, ScheduleMode } from './chooser.js';
import type { Footprint } from './footprint.js';
import type { CostParams } from './params.js';
import type { AddressSpace, Buffering, Loader } from './program.js';
import type { Syscall } from './syscalls.js';
import type { EventBody, OutputSink, TraceEvent, TraceSink } from './trace.js';
import type { KernelState, Ns, Pid, Tid } from './types.js';
import type { Policy } from './policies/policy.js';

export { KernelPanic, panic } from './panic.js';

export type Platform = 'linux' | 'windows' | 'macos';

/** A web host of the simulated network: what a request to it takes and returns. */
export interface Host {
  latency: Ns;
  status: number;
  body: string;
}

/** What the kernel keeps per task outside the state: the program and the syscall in flight. */
export interface TaskRuntime {
  space: AddressSpace;
  /** The result to hand the task when it next runs. */
  resume: unknown;
  /** The syscall it made and the kernel has not yet performed (its payload stays out of the state). */
  call: Syscall | null;
}

export interface Ctx {
  readonly params: CostParams;
  readonly chooser: Chooser;
  /** Where decisions list their candidates (reused: a decision allocates nothing). */
  readonly candidates: Candidates;
  /**
   * 'timed': events happen at the cost model's times; only events within the race window
   * of the earliest, waiter wake-ups, timer jitter and lottery draws are decisions.
   * 'free': every runnable task has its own CPU and every pending event (every CPU's,
   * every live timer) is a candidate at every step, earliest first (see select.ts).
   */
  readonly mode: ScheduleMode;
  /** The CPU count programs see (os.cpu_count(), Pool sizes); in free mode the machine has more inside. */
  readonly cpus: number;
  /** Receives every step's footprint when exploring; null otherwise (nothing is recorded). */
  readonly fp: Footprint | null;
  readonly policy: Policy;
  readonly quantum: number;
  readonly platform: Platform;
  readonly buffering: Buffering;
  readonly loader: Loader;
  readonly stdin: string;
  readonly seed: number | string;
  /** The simulated network: host name → host, and how long a failed name lookup takes. */
  readonly network: { hosts: Record<string, Host>; dnsFailure: Ns };
  readonly maxTime: number;
  /** Draws pids on windows-style platforms (not a scheduling decision, so not in the schedule). */
  readonly pidRandom: () => number;
  readonly rt: TaskRuntime[];
  readonly trace: TraceSink;
  readonly output: OutputSink;
  /** Trace events are recorded only when true (exploration turns them off). */
  tracing: boolean;
  /** Events that happened, recorded or not (the trace's length when tracing). */
  readonly counts: { events: number };
  /** The task whose program the host is running right now (-1 between programs): what a
   *  watchdog that stopped a program stuck between two syscalls names. */
  readonly running: { tid: Tid };
}

/**
 * Whether an event is to be recorded; when not (tracing is off), it is counted here.
 * A site that steps often writes `if (traced(k)) emit(k, ...)`: an untraced run then
 * builds no event body (an explorer takes millions of steps without a trace).
 */
export function traced(k: Ctx): boolean {
  if (k.tracing) return true;
  k.counts.events++;
  return false;
}

/** Appends a trace event stamped with the current time. */
export function emit(k: Ctx, s: KernelState, cpu: number, pid: Pid, tid: Tid, body: EventBody): void {
  k.counts.events++;
  // Object.assign, not a spread: V8 builds this one far faster (millions of events).
  if (k.tracing) k.trace.push(Object.assign({ t: s.clock, cpu, pid, tid }, body) as TraceEvent);
}


/** A syscall handler's answer when the caller no longer runs (it blocked, exited or was killed). */
export const SUSPEND: unique symbol = Symbol('suspend');
export type Suspend = typeof SUSPEND;
