/**
 * Signals: what a process does with each (its disposition), sending one (kill), the
 * pending set, interrupting a blocked call, stopping and continuing a process, and the
 * alarm clock.
 *
 * A process ignores a signal, lets the default action happen (end the process, stop it,
 * or nothing for SIGCHLD and its kind), or catches it. A caught signal is only marked
 * pending here: the kernel hands the pending set to the process's main task the next
 * time its program runs (sched.ts: runOn, takeSignals — after a syscall returns, or at a preemption
 * point), and the program runs its handlers there, as CPython runs Python-level handlers
 * in the main thread between bytecodes. If the main task is blocked when the signal
 * arrives, its call is interrupted: it wakes with EINTR and the time that was left, so
 * that its program can run the handlers and retry (PEP 475). Calls whose interruption
 * would undo something (a Condition.wait re-acquiring its lock, a barrier arrival, a
 * shared value's access, simulated I/O) finish first; the signal waits until then.
 *
 * Job control. SIGSTOP, and SIGTSTP/SIGTTIN/SIGTTOU left at their default, stop the
 * process: there is no seventh state; each of its tasks is `blocked` on 'stopped'
 * (sched.ts: park), which the trace, the TUI and a deadlock report show as "stopped by
 * SIGSTOP (until SIGCONT)". SIGCONT continues it whatever its disposition (then runs its
 * handler if it has one). Its parent gets SIGCHLD at each stop and continue, as Linux
 * sends it (Python's handlers never set SA_NOCLDSTOP), and waitpid with WUNTRACED or
 * WCONTINUED reports the change once. A fatal signal still ends a stopped process; a
 * caught one waits for SIGCONT. When the main program exits and a process of its job is
 * stopped, the job is an orphaned process group: every process of it gets SIGHUP, then
 * SIGCONT (POSIX; Linux's kill_orphaned_pgrp), so nothing stays stopped for ever; from
 * then on SIGTSTP, SIGTTIN and SIGTTOU no longer stop anyone (only SIGSTOP does).
 */
import { type Ctx, emit } from './ctx.js';
import { FP, fpKey } from './footprint.js';
import { INIT_PID, terminate } from './proc.js';
import { park, unpark, unwait, wakeup } from './sched.js';
import { allProcs, findObj, findProc, mainProc, procOf, procOfTask, taskAt } from './state.js';
import { heapInsert } from './persistent.js';
import {
  HARMLESS_SIGNALS, type ErrResult, type Interrupted, NSIG, SIGALRM, SIGCHLD, SIGCONT, SIGHUP, SIGSTOP, STOP_SIGNALS, type SigAction, UNCATCHABLE,
  WSTATUS_CONTINUED, wstatusStopped,
} from './syscalls.js';
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
 * unprivileged process). A zombie takes no signals. Otherwise `deliver` acts on it.
 */
export function kill(k: Ctx, s: KernelState, from: Task | null, pid: Pid, sig: number): 0 | ErrResult {
  if (pid <= 0) return killMany(k, s, from, pid, sig);
  if (pid === INIT_PID) return { err: 'EPERM' };
  const target = findProc(s, pid);
  k.fp?.touch(fpKey(FP.proc, pid), true);
  k.fp?.touch(fpKey(FP.sig, pid), true);
  if (k.fp && target) for (const tid of target.tasks) k.fp.touch(fpKey(FP.task, tid), true);
  if (sig < 0 || sig > 64) return { err: 'EINVAL' };
  if (!target || target.status === 'exited' || target.tasks.length === 0) return { err: 'ESRCH' };
  if (sig === 0) return 0;
  emit(k, s, -1, from?.pid ?? -1, from?.tid ?? -1, { kind: 'signal', sig, target: pid });
  if (target.status === 'alive') deliver(k, s, from, target, sig);
  return 0;
}

/**
 * kill(2) to many: pid 0 is the caller's process group, -1 every process it may signal but
 * init and itself, and below -1 the group -pid. ESRCH when there is no such process (a group
 * whose members have all exited has none).
 */
function killMany(k: Ctx, s: KernelState, from: Task | null, pid: Pid, sig: number): 0 | ErrResult {
  if (sig < 0 || sig > 64) return { err: 'EINVAL' };
  const self = from === null ? null : procOfTask(s, from);
  const group = pid === 0 ? (self?.pgid ?? -1) : -pid;
  let found = false;
  for (const p of allProcs(s)) {
    k.fp?.touch(fpKey(FP.proc, p.pid), false);
    const member = pid === -1 ? p.pid !== INIT_PID && p !== self : p.pgid === group;
    if (!member || p.status === 'exited' || p.tasks.length === 0) continue;
    if (pid === -1 && p.origin === 'init') continue;
    found = true;
    kill(k, s, from, p.pid, sig);
  }
  return found ? 0 : { err: 'ESRCH' };
}

/**
 * What `sig` does to the live process `target`: SIGCONT continues it first whatever its
 * disposition, and a stop signal discards a pending SIGCONT (signal(7)). Then its
 * disposition decides: its handler will run, nothing happens, or the default action
 * (stop it, end it, or nothing for SIGCHLD, SIGCONT, SIGURG and SIGWINCH).
 */
function deliver(k: Ctx, s: KernelState, from: Task | null, target: Proc, sig: number): void {
  if (sig === SIGCONT) cont(k, s, target);
  else if (STOP_SIGNALS.has(sig)) target.sigpend &= ~bit(SIGCONT);
  switch (disposition(target, sig)) {
    case 'ignore':
      return;
    case 'catch':
      pend(k, s, target, sig);
      return;
    case 'default':
      if (STOP_SIGNALS.has(sig)) {
        // In an orphaned process group only SIGSTOP stops: the others are discarded (Linux's get_signal).
        if (sig === SIGSTOP || mainProc(s).status === 'alive') stop(k, s, from, target, sig);
      } else if (!HARMLESS_SIGNALS.has(sig)) terminate(k, s, from, target, sig);
  }
}

/**
 * Stops `proc` (see the file comment). The task that sent the signal to its own process
 * has made its call (kill returns 0 when it continues); a task already dying is left to die.
 */
function stop(k: Ctx, s: KernelState, from: Task | null, proc: Proc, sig: number): void {
  if (proc.stopped !== 0) return;
  proc.stopped = sig;
  for (const tid of proc.tasks) {
    const task = taskAt(s, tid);
    if (task.killed !== 0) continue;
    if (from !== null && task.tid === from.tid) {
      const rt = k.rt[tid]!;
      rt.call = null;
      rt.resume = 0;
    }
    park(k, s, task, sig, interruptible(s, task));
  }
  proc.report = wstatusStopped(sig);
  tellParent(k, s, proc, 'stopped');
}

/** SIGCONT: a stopped `proc` runs again; a stop signal still pending is discarded. */
function cont(k: Ctx, s: KernelState, proc: Proc): void {
  for (const sig of STOP_SIGNALS) proc.sigpend &= ~bit(sig);
  if (proc.stopped === 0) return;
  proc.stopped = 0;
  for (const tid of proc.tasks) unpark(k, s, taskAt(s, tid), SIGCONT);
  proc.report = WSTATUS_CONTINUED;
  tellParent(k, s, proc, 'continued');
}

/**
 * `child` stopped or continued: a waitpid of its parent that asked for such changes
 * (WUNTRACED, WCONTINUED) returns its report, which is then collected; the parent gets
 * SIGCHLD (after its wait returns, as Linux's do_wait finds the child before it looks
 * at signals).
 */
function tellParent(k: Ctx, s: KernelState, child: Proc, change: 'stopped' | 'continued'): void {
  const parent = procOf(s, child.ppid);
  k.fp?.touch(fpKey(FP.proc, parent.pid), true);
  emit(k, s, -1, parent.pid, -1, { kind: 'signal', sig: SIGCHLD, target: parent.pid });
  for (const tid of parent.tasks) {
    const st = taskAt(s, tid).state;
    if (st.tag !== 'blocked' || st.on.kind !== 'wait' || (st.on.pid !== -1 && st.on.pid !== child.pid)) continue;
    if (change === 'stopped' ? st.on.untraced !== true : st.on.continued !== true) continue;
    const report = child.report;
    child.report = 0;
    wakeup(k, s, tid, [child.pid, report], { why: 'child', pid: child.pid, change });
    break;
  }
  sigchld(k, s, parent);
}

/** SIGCHLD reaches `parent` (its child exited, stopped or continued): its handler runs if it has one. */
export function sigchld(k: Ctx, s: KernelState, parent: Proc): void {
  if (parent.status !== 'alive' || parent.tasks.length === 0) return;
  const caught = disposition(parent, SIGCHLD) === 'catch';
  k.fp?.touch(fpKey(FP.sig, parent.pid), caught);
  if (caught) pend(k, s, parent, SIGCHLD);
}

/**
 * The main program exited: if a process of its job is stopped, the job has become an
 * orphaned process group with a stopped member, and every live process of it gets SIGHUP,
 * then SIGCONT, from the kernel.
 */
export function orphaned(k: Ctx, s: KernelState): void {
  const job = allProcs(s).filter((p) => p.status === 'alive' && p.tasks.length > 0);
  if (k.fp) for (const p of job) k.fp.touch(fpKey(FP.sig, p.pid), false);
  if (!job.some((p) => p.stopped !== 0)) return;
  const pids = job.map((p) => p.pid);
  for (const sig of [SIGHUP, SIGCONT]) {
    for (const pid of pids) {
      const p = procOf(s, pid);
      if (p.status !== 'alive') continue;
      emit(k, s, -1, -1, -1, { kind: 'signal', sig, target: pid });
      deliver(k, s, null, p, sig);
    }
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

/** Whether a blocked task's call can be interrupted by a caught signal or a stop (see the file comment). */
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
    case 'stopped':
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
