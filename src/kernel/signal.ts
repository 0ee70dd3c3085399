/**
 * Signals: what a process does with each (its disposition), sending one (kill), the
 * pending set, interrupting a blocked call, and the alarm clock.
 *
 * A process ignores a signal, lets the default action happen (end the process, or
 * nothing for SIGCHLD and its kind), or catches it. A caught signal is only marked
 * pending here: the kernel hands the pending set to the process's main task the next
 * time its program runs (sched.ts: runOn, takeSignals — after a syscall returns, or at a preemption
 * point), and the program runs its handlers there, as CPython runs Python-level handlers
 * in the main thread between bytecodes. If the main task is blocked when the signal
 * arrives, its call is interrupted: it wakes with EINTR and the time that was left, so
 * that its program can run the handlers and retry (PEP 475). Calls whose interruption
 * would undo something (a Condition.wait re-acquiring its lock, a barrier arrival, a
 * shared value's access, simulated I/O) finish first; the signal waits until then.
 */
import { type Ctx, emit } from './ctx.js';
import { FP, fpKey } from './footprint.js';
import { INIT_PID, terminate } from './proc.js';
import { unwait, wakeup } from './sched.js';
import { findObj, findProc, procOfTask, taskAt } from './state.js';
import { heapInsert } from './persistent.js';
import { HARMLESS_SIGNALS, type ErrResult, type Interrupted, NSIG, SIGALRM, type SigAction, UNCATCHABLE } from './syscalls.js';
import type { KernelState, Ns, Pid, Proc, Task } from './types.js';

const bit = (sig: number): number => 1 << sig;

/** What `proc` does with `sig` now. */
export function disposition(proc: Proc, sig: number): SigAction {
  if (sig > NSIG) return 'default'; // real-time signals: not modelled, their default ends the process
  if (proc.sigcatch & bit(sig)) return 'catch';
  if (proc.sigign & bit(sig)) return 'ignore';
  return 'default';
}

/**
 * Sets what the calling process does with `sig`; returns what it did before. SIGKILL and
 * SIGSTOP cannot be caught or ignored (the caller reports EINVAL before asking).
 */
export function sigaction(k: Ctx, s: KernelState, task: Task, sig: number, act: SigAction): SigAction {
  const proc = procOfTask(s, task);
  k.fp?.touch(fpKey(FP.sig, proc.pid), true);
  const before = disposition(proc, sig);
  if (UNCATCHABLE.has(sig) || sig < 1 || sig > NSIG) return before;
  proc.sigcatch &= ~bit(sig);
  proc.sigign &= ~bit(sig);
  if (act === 'catch') proc.sigcatch |= bit(sig);
  else if (act === 'ignore') proc.sigign |= bit(sig);
  // A pending signal the process now ignores is discarded, as POSIX says.
  if (act !== 'catch') proc.sigpend &= ~bit(sig);
  return before;
}

/**
 * kill(pid, sig) from `from` (null: the kernel itself, an alarm). Signal 0 only checks
 * that the process exists. init may not be signalled (EPERM, as Linux answers an
 * unprivileged process). A zombie takes no signals. Otherwise the target's
 * disposition decides: its handler will run, nothing happens, or the default action
 * (which ends it, or does nothing for SIGCHLD, SIGCONT, SIGURG, SIGWINCH and the stop
 * signals, which the kernel does not model).
 */
export function kill(k: Ctx, s: KernelState, from: Task | null, pid: Pid, sig: number): 0 | ErrResult {
  if (pid === INIT_PID) return { err: 'EPERM' };
  const target = findProc(s, pid);
  k.fp?.touch(fpKey(FP.proc, pid), true);
  k.fp?.touch(fpKey(FP.sig, pid), true);
  if (k.fp && target) for (const tid of target.tasks) k.fp.touch(fpKey(FP.task, tid), true);
  if (sig < 0 || sig > 64) return { err: 'EINVAL' };
  if (!target || target.status === 'exited' || target.tasks.length === 0) return { err: 'ESRCH' };
  if (sig === 0) return 0;
  emit(k, s, -1, from?.pid ?? -1, from?.tid ?? -1, { kind: 'signal', sig, target: pid });
  if (target.status !== 'alive') return 0;
  switch (disposition(target, sig)) {
    case 'ignore':
      return 0;
    case 'catch':
      pend(k, s, target, sig);
      return 0;
    case 'default':
      if (!HARMLESS_SIGNALS.has(sig)) terminate(k, s, from, target, sig);
      return 0;
  }
}

/** Marks a caught signal pending and interrupts the main task's blocking call, if it may be. */
function pend(k: Ctx, s: KernelState, proc: Proc, sig: number): void {
  proc.sigpend |= bit(sig);
  const main = taskAt(s, proc.tasks[0]!);
  const st = main.state;
  if (st.tag !== 'blocked' || !interruptible(s, main)) return;
  const on = st.on;
  let left: Ns | null = null;
  if (on.kind === 'sleep') left = Math.max(0, on.until - s.clock);
  else if ((on.kind === 'ipc' || on.kind === 'tjoin') && on.until !== null) left = Math.max(0, on.until - s.clock);
  if (on.kind === 'ipc') {
    k.fp?.touch(fpKey(FP.obj, on.obj), true);
    unwait(s, on.obj, main.tid);
  }
  const result: Interrupted = { err: 'EINTR', left };
  wakeup(k, s, main.tid, result, { why: 'signal', sig });
}

/** Whether a blocked task's call can be interrupted by a caught signal (see the file comment). */
function interruptible(s: KernelState, task: Task): boolean {
  const st = task.state;
  if (st.tag !== 'blocked') return false;
  const on = st.on;
  switch (on.kind) {
    case 'sleep':
    case 'wait':
    case 'tjoin':
    case 'pause':
      return true;
    case 'io':
      return false;
    case 'ipc':
      // 'wait' is also a condition's or a barrier's, which do something as they block.
      return on.then === undefined && (on.op !== 'wait' || findObj(s, on.obj)?.kind === 'event');
  }
}

/** Whether the process has a caught signal pending (pause returns at once then). */
export const hasPending = (proc: Proc): boolean => proc.sigpend !== 0;

/**
 * alarm(ns): SIGALRM for the calling process `ns` from now (0: no alarm). Returns the
 * time that was left of the previous alarm (0: none). The alarm is an entry of the
 * timer queue on the process's main task, live while `proc.alarm` holds its seq.
 */
export function alarm(k: Ctx, s: KernelState, task: Task, ns: Ns): Ns {
  return itimer(k, s, task, ns, 0)[0];
}

/**
 * itimer(ns, every): setitimer(ITIMER_REAL): the alarm fires `ns` from now (0: none), then
 * every `every` after each expiry (0: once); alarm() is the same with no interval, as on
 * Linux. Returns what was left of the previous alarm and its interval; with `ns` null it
 * only reads them (getitimer). Linux reports an alarm that is due but not yet delivered as
 * 1 µs left.
 */
export function itimer(k: Ctx, s: KernelState, task: Task, ns: Ns | null, every: Ns): [Ns, Ns] {
  const proc = procOfTask(s, task);
  k.fp?.touch(fpKey(FP.sig, proc.pid), ns !== null);
  const old: [Ns, Ns] = proc.alarm >= 0 ? [Math.max(1_000, proc.alarmAt - s.clock), proc.alarmEvery] : [0, 0];
  if (ns === null) return old;
  proc.alarm = -1;
  proc.alarmEvery = 0;
  if (ns > 0) {
    arm(s, proc, s.clock + ns);
    proc.alarmEvery = every;
  }
  return old;
}

/** Puts the process's alarm on the timer queue for `at`, on its main task. */
function arm(s: KernelState, proc: Proc, at: Ns): void {
  const seq = s.seq++;
  proc.alarmAt = at;
  s.timers = heapInsert(s.timers, at, seq, proc.tasks[0]!);
  proc.alarm = seq;
}

/** A process's alarm went off: SIGALRM, sent by the kernel; an interval timer re-arms from its expiry (missed periods are skipped). */
export function ring(k: Ctx, s: KernelState, task: Task): void {
  const proc = procOfTask(s, task);
  proc.alarm = -1;
  if (proc.alarmEvery > 0) {
    let next = proc.alarmAt + proc.alarmEvery;
    if (next <= s.clock) next += Math.ceil((s.clock - next + 1) / proc.alarmEvery) * proc.alarmEvery;
    arm(s, proc, next);
  }
  kill(k, s, null, proc.pid, SIGALRM);
}
