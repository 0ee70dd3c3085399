/**
 * Driving a kernel from the command line: in slices of steps, yielding to Node's event
 * loop between them so that a Ctrl-C handler can run and output reaches the terminal
 * while the run goes. Each slice runs under a wall-clock watchdog (a `vm` timeout), so
 * a program that never returns to the kernel — a TypeScript scenario's `while (true) {}`
 * between two yields — is stopped and named instead of hanging the host.
 *
 * Wall-clock time lives here only: it sizes slices and arms the watchdog, and never
 * changes what a run does (the kernel sees the same steps in the same order).
 */
import vm from 'node:vm';
import type { Kernel } from '../kernel/kernel.js';

/** How a drive ended. */
export type Driven =
  | { kind: 'ended' } // the run reached its end (done, deadlock, budget)
  | { kind: 'interrupted' } // stopped between two steps at the caller's request (Ctrl-C)
  | { kind: 'stalled'; ms: number; pid: number; tid: number; where: string }; // a program ran `ms` without returning

export interface DriveControl {
  /** Wall-clock ms one slice may take before the watchdog stops it; 0: no watchdog. */
  watchdogMs: number;
  /** Polled between slices: true once the run should stop (Ctrl-C). */
  interrupted(): boolean;
  /** Called after each slice (progress, flushing output); the next slice waits for it. */
  afterSlice?(): void | Promise<void>;
}

/** A slice lasts about this long: short enough for Ctrl-C and progress, long enough that the per-slice cost vanishes. */
const SLICE_MS = 100;

/**
 * Steps `kernel` to its end (or until interrupted or stalled). A slice ends by the clock,
 * read after every step (about 0.1 µs, against a microsecond or more for a step that
 * runs a program), so the watchdog judges what one step took — never a batch of steps
 * sized while they were fast (a program that sleeps, then computes; a heap that grows;
 * a machine that gets loaded). The kernel's state after a stall is mid-step: only the
 * report may read it.
 */
export async function drive(kernel: Kernel, control: DriveControl): Promise<Driven> {
  let more = true;
  const slice = (): void => {
    const end = wallMs() + SLICE_MS;
    do more = kernel.step();
    while (more && wallMs() < end);
  };
  // The slice's own length is allowed on top of the limit, so that it is a limit on a step.
  const watched = control.watchdogMs > 0 ? watchdog(slice, control.watchdogMs + SLICE_MS) : slice;
  for (;;) {
    if (control.interrupted()) {
      kernel.interrupt();
      await control.afterSlice?.();
      return { kind: 'interrupted' };
    }
    try {
      watched();
    } catch (e) {
      if (!stalled(e)) throw e;
      const task = kernel.runningTask;
      await control.afterSlice?.();
      return { kind: 'stalled', ms: control.watchdogMs, pid: task?.pid ?? -1, tid: task?.tid ?? -1, where: task?.where ?? '' };
    }
    await control.afterSlice?.();
    if (!more) return { kind: 'ended' };
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Whether `e` is the watchdog stopping a slice. */
export const stalled = (e: unknown): boolean => (e as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';

/** Where the watchdog's script finds the function it runs (a global of this context: a context of its own costs milliseconds to make). */
const SLOT = Symbol.for('forkscope.watchdog');
let script: vm.Script | null = null;

/**
 * `fn` run under a wall-clock limit: it throws ERR_SCRIPT_EXECUTION_TIMEOUT past `ms`.
 * Watchdogs nest (a watched run that watches a slice): each puts back the function
 * it found in the slot.
 */
export function watchdog(fn: () => void, ms: number): () => void {
  script ??= new vm.Script('globalThis[Symbol.for("forkscope.watchdog")]()');
  const s = script;
  return () => {
    const g = globalThis as Record<symbol, unknown>;
    const outer = g[SLOT];
    g[SLOT] = fn;
    try {
      s.runInThisContext({ timeout: ms });
    } finally {
      g[SLOT] = outer;
    }
  };
}

/**
 * Wall-clock milliseconds, for slices and progress: `Date.now()`, which allocates nothing
 * (it is read after every step) and loads nothing (`performance.now()` loads
 * node:perf_hooks, a few ms of every start); a millisecond is fine enough for both.
 */
export const wallMs = (): number => Date.now();
