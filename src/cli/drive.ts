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

/** A slice aims at this long: short enough for Ctrl-C and progress, long enough that the per-slice cost vanishes. */
const SLICE_MS = 100;
const MAX_BATCH = 1 << 22;

/**
 * Steps `kernel` to its end (or until interrupted or stalled). The kernel's state after
 * a stall is mid-step: only the report may read it.
 */
export async function drive(kernel: Kernel, control: DriveControl): Promise<Driven> {
  let batch = 16;
  let more = true;
  const slice = (): void => {
    for (let i = 0; i < batch && more; i++) more = kernel.step();
  };
  const watched = control.watchdogMs > 0 ? watchdog(slice, control.watchdogMs) : slice;
  for (;;) {
    if (control.interrupted()) {
      kernel.interrupt();
      await control.afterSlice?.();
      return { kind: 'interrupted' };
    }
    const t0 = performance.now();
    try {
      watched();
    } catch (e) {
      if (!stalled(e)) throw e;
      const task = kernel.runningTask;
      await control.afterSlice?.();
      return { kind: 'stalled', ms: control.watchdogMs, pid: task?.pid ?? -1, tid: task?.tid ?? -1, where: task?.where ?? '' };
    }
    const ms = performance.now() - t0;
    if (ms < SLICE_MS / 2 && batch < MAX_BATCH) batch *= 2;
    else if (ms > SLICE_MS * 2 && batch > 1) batch = Math.max(1, batch >> 1);
    await control.afterSlice?.();
    if (!more) return { kind: 'ended' };
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Whether `e` is the watchdog stopping a slice. */
export const stalled = (e: unknown): boolean => (e as { code?: string } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';

/** `fn` run under a wall-clock limit: it throws ERR_SCRIPT_EXECUTION_TIMEOUT past `ms`. */
export function watchdog(fn: () => void, ms: number): () => void {
  const context = vm.createContext({ fn });
  const script = new vm.Script('fn()');
  return () => void script.runInContext(context, { timeout: ms });
}
