/**
 * Moving tasks between states and CPUs: dispatch, run, preempt, block, wakeup.
 *
 * A running task's program runs ahead to its next syscall as soon as it is put on a
 * CPU (or resumes after a syscall); the CPU then holds that syscall as its pending
 * event at `cpu.at`. Nothing the program did in between is visible to anyone, so when
 * it is preempted at an earlier time t, the kernel records the CPU time it still owes
 * (`debt = cpu.at - t`) and charges it before the syscall takes effect later: exactly
 * as if it had been stopped at t.
 */
import { type Ctx, emit, panic, traced } from './ctx.js';
import { arm } from './timer.js';
import { FP, fpKey } from './footprint.js';
import type { EnqueueWhy } from './policies/policy.js';
import { readyTids } from './policies/policy.js';
import { MAX_CPUS, findObj, newCpu, objAt, procOfTask, taskAt } from './state.js';
import { type WakeReason, objRef } from './trace.js';
import type { BlockReason, Cpu, KernelState, Ns, Task, Tid } from './types.js';
import type { AddressSpace } from './program.js';
import { NSIG, type Syscall, retryCall } from './syscalls.js';
import { paced, wakeLatency } from './variation.js';
import { forkCost } from './params.js';
import { blocked, interrupted, ready, running } from './values.js';

/**
 * Virtual cost of a syscall made by a program in `space`, charged as CPU time before it takes
 * effect (`held`: the bytes its process holds, which a fork copies).
 */
export function syscallCost(k: Ctx, call: Syscall, space: AddressSpace, held: number): Ns {
  switch (call.op) {
    case 'fork':
      return forkCost(k.params, held) + (space.refcounted === true ? k.params.cowFaults : 0);
    case 'spawn':
    case 'exec':
      return k.params.exec;
    case 'thread':
      return k.params.thread;
    case 'send':
    case 'recv':
    case 'put':
    case 'get':
      return k.params.message;
    case 'acquire':
    case 'release':
    case 'cread':
    case 'cwrite':
    case 'semvalue':
      return k.params.futex;
    default:
      return k.params.syscall;
  }
}

/**
 * Puts `tid` on the idle `cpu` at the current time. A different task than the CPU ran
 * last costs a context switch. Runs the task's program to its next pending event.
 */
export function dispatch(k: Ctx, s: KernelState, cpu: Cpu, task: Task): void {
  const st = task.state;
  if (st.tag !== 'ready' && st.tag !== 'interrupted') panic(`dispatch of task ${task.tid} in state ${st.tag}`);
  const start = s.clock + (cpu.last === task.tid ? 0 : k.params.contextSwitch);
  if (task.lastCpu !== cpu.id) task.lastCpu = cpu.id;
  if (traced(k)) emit(k, s, cpu.id, task.pid, task.tid, { kind: 'dispatch', from: st.tag, at: start });
  task.state = running(cpu.id, start);
  procOfTask(s, task).running++;
  s.idle &= ~(1 << cpu.id);
  cpu.task = task.tid;
  cpu.last = task.tid;
  cpu.at = start;
  cpu.sliceEnd = start + k.policy.slice(k, s, task);
  runOn(k, s, cpu, task);
}

/**
 * Runs the task on `cpu` from `cpu.at` until its next pending event: a syscall, the
 * end of its slice, or the end of a chunk (so that a task with no slice still lets
 * the kernel look at the clock).
 */
export function runOn(k: Ctx, s: KernelState, cpu: Cpu, task: Task): void {
  const rt = k.rt[task.tid]!;
  if (task.killed) {
    // It was signalled while off the CPU: it dies as soon as it runs.
    cpu.pending = 'signal';
    return;
  }
  let budget = Math.min(cpu.sliceEnd - cpu.at, k.params.chunk);
  if (task.debt > 0) {
    const pay = Math.min(task.debt, budget);
    task.debt -= pay;
    cpu.at += pay;
    budget -= pay;
    if (task.debt > 0) {
      cpu.pending = cpu.at >= cpu.sliceEnd ? 'slice' : 'chunk';
      return;
    }
  }
  if (rt.call !== null) {
    // It had already reached its syscall when it was preempted, or it was woken to make its call again (ipc/sem.ts: grant).
    cpu.pending = 'syscall';
    return;
  }
  if (budget <= 0) {
    cpu.pending = 'slice';
    return;
  }
  if (rt.space.signal) {
    const sigs = takeSignals(k, s, task);
    if (sigs !== 0) rt.space.signal(task.tid, sigs);
  }
  k.running.tid = task.tid;
  // A task's pace scales its program's time: it gets the instructions `budget` buys at its speed.
  const pace = task.pace;
  const vmBudget = pace === 100 ? budget : Math.max(1, Math.floor((budget * 100) / pace));
  const proc = procOfTask(s, task);
  const free = k.params.machineMemory - s.memTotal;
  const r = rt.space.run(task.tid, vmBudget, rt.resume, free + proc.mem, Math.floor(free / Math.max(1, s.live)));
  k.running.tid = -1;
  rt.resume = undefined;
  if (r.resident !== undefined && r.resident !== proc.mem) {
    s.memTotal += r.resident - proc.mem;
    proc.mem = r.resident;
  }
  if (r.refused !== undefined) {
    // The program met a memory limit (its own, or what the machine had left) and got its error (MemoryError): say so.
    const limit = r.refusedBy ?? 'maxMemory';
    if (limit === 'maxMemory') s.memoryHits++;
    else s.machineHits++;
    emit(k, s, cpu.id, task.pid, task.tid, { kind: 'limit', limit, max: k.params[limit], op: 'alloc', bytes: r.refused });
  }
  const call = r.call;
  // Ran out of its budget: exactly the budget (rounding must not leave a sliver of slice).
  const used = pace === 100 ? r.used : call === null && r.used >= vmBudget ? budget : Math.min(budget, paced(r.used, pace));
  if (call !== null) {
    rt.call = call;
    cpu.at += used + paced(syscallCost(k, call, rt.space, proc.mem), pace);
    cpu.pending = 'syscall';
    if (task.op !== call.op) task.op = call.op;
  } else {
    cpu.at += used;
    cpu.pending = cpu.at >= cpu.sliceEnd ? 'slice' : 'chunk';
    if (task.op !== '') task.op = '';
  }
  const loc = rt.space.where(task.tid);
  if (task.loc !== loc) task.loc = loc;
}

/**
 * The caught signals pending for `task`'s process (a bit per signal), taken (cleared) if
 * `task` is its main task, which is where handlers run (signal.ts); 0 otherwise.
 */
export function takeSignals(k: Ctx, s: KernelState, task: Task): number {
  const proc = procOfTask(s, task);
  if (proc.sigcatch === 0) return 0;
  k.fp?.touch(fpKey(FP.sig, proc.pid), proc.sigpend !== 0);
  if (proc.sigpend === 0 || proc.tasks[0] !== task.tid) return 0;
  const sigs = proc.sigpend;
  proc.sigpend = 0;
  for (let sig = 1; sig <= NSIG; sig++) if (sigs & (1 << sig)) emit(k, s, -1, task.pid, task.tid, { kind: 'handle', sig });
  return sigs;
}

/**
 * Takes the running task off its CPU at time `t` (<= cpu.at), charging the policy for
 * the time it ran. The CPU becomes idle.
 */
function leaveCpu(k: Ctx, s: KernelState, cpu: Cpu, task: Task, t: Ns): void {
  const st = task.state;
  if (st.tag !== 'running') panic(`task ${task.tid} leaves cpu ${cpu.id} while ${st.tag}`);
  const ran = Math.max(0, t - st.since);
  k.policy.charge(k, s, task, ran);
  const proc = procOfTask(s, task);
  proc.running--;
  proc.cpu += ran;
  task.cpu += ran;
  cpu.task = -1;
  cpu.pending = 'none';
  s.idle |= 1 << cpu.id;
}

/** Makes a task runnable and hands it to the policy. */
function makeReady(k: Ctx, s: KernelState, task: Task, tag: 'ready' | 'interrupted', why: EnqueueWhy): void {
  task.state = tag === 'ready' ? ready(s.clock) : interrupted(s.clock);
  k.policy.enqueue(k, s, task, why);
}

/**
 * Stops the task running on `cpu` now, before its pending event: it owes the CPU
 * time it had run ahead, and goes back to the policy as `interrupted`.
 */
export function preempt(k: Ctx, s: KernelState, cpu: Cpu, why: 'slice' | 'priority'): void {
  const task = taskAt(s, cpu.task);
  const now = Math.max(s.clock, (task.state as { since: Ns }).since);
  task.debt += Math.max(0, cpu.at - now);
  leaveCpu(k, s, cpu, task, now);
  if (traced(k)) emit(k, s, cpu.id, task.pid, task.tid, { kind: 'preempt', why });
  makeReady(k, s, task, 'interrupted', why === 'slice' ? 'slice' : 'preempted');
}

/** The running task's slice is over: it goes to the back unless nobody else is ready. */
export function expire(k: Ctx, s: KernelState, cpu: Cpu): void {
  const task = taskAt(s, cpu.task);
  if (s.nready === 0) {
    // Nobody is waiting: it keeps the CPU with a fresh slice, without a switch.
    const st = task.state as { since: Ns };
    const ran = cpu.at - st.since;
    k.policy.charge(k, s, task, ran);
    procOfTask(s, task).cpu += ran;
    task.cpu += ran;
    task.state = running(cpu.id, cpu.at);
    cpu.sliceEnd = cpu.at + k.policy.slice(k, s, task);
    runOn(k, s, cpu, task);
    return;
  }
  preempt(k, s, cpu, 'slice');
}

/**
 * Blocks the running `task` on `on` (it made a call that cannot complete now). With a
 * deadline, a timer will wake it then (with the timer slack the Chooser picks).
 */
export function block(k: Ctx, s: KernelState, task: Task, on: BlockReason, deadline: Ns | null): void {
  const st = task.state;
  if (st.tag !== 'running') panic(`block of task ${task.tid} in state ${st.tag}`);
  const cpu = s.cpus[st.cpu]!;
  leaveCpu(k, s, cpu, task, s.clock);
  procOfTask(s, task).blocks++;
  const timer = deadline === null ? -1 : arm(s, task.tid, Math.max(deadline, s.clock) + jitter(k, task.tid));
  task.state = blocked(on, s.clock, timer);
  if (traced(k)) emit(k, s, cpu.id, task.pid, task.tid, { kind: 'block', on, obj: on.kind === 'ipc' ? objRef(objAt(s, on.obj)) : null });
  if (task.killed) {
    // A fatal signal is on its way: the blocking call is interrupted at once.
    if (on.kind === 'ipc') unwait(s, on.obj, task.tid);
    wakeup(k, s, task.tid, null, { why: 'signal', sig: task.killed });
  }
}

/** How late task `tid`'s timer fires, within the timer slack (free mode: never late; timers are free anyway). */
export function jitter(k: Ctx, tid: Tid): Ns {
  const steps = k.params.jitterSteps;
  if (steps < 2 || k.params.timerSlack <= 0 || k.mode === 'free') return 0;
  return Math.round((k.chooser.choose('jitter', steps, k.candidates.all(steps, tid)) * k.params.timerSlack) / steps);
}

/**
 * Wakes a blocked task with `result` as the value of its blocking call. If the policy
 * is preemptive and no CPU is idle, it may take the CPU of a running task at once.
 */
export function wakeup(k: Ctx, s: KernelState, tid: Tid, result: unknown, reason: WakeReason): void {
  const task = taskAt(s, tid);
  if (task.state.tag !== 'blocked') panic(`wakeup of task ${tid} in state ${task.state.tag}`);
  const rt = k.rt[tid]!;
  rt.resume = result;
  // Its call is complete; woken by another task (not by its own timer or a signal), it
  // continues some microseconds later, as a real scheduler's wake-up takes time.
  rt.call = null;
  if (reason.why !== 'timer' && reason.why !== 'timeout' && reason.why !== 'signal') task.debt += wakeLatency(k, tid);
  if (traced(k)) emit(k, s, -1, task.pid, tid, { kind: 'wake', reason });
  const stopped = procOfTask(s, task).stopped;
  if (stopped !== 0 && task.killed === 0) {
    // A call that could not be interrupted completed while its process is stopped: it holds its result until SIGCONT.
    const on: BlockReason = { kind: 'stopped', sig: stopped, until: null };
    task.state = blocked(on, s.clock, -1);
    emit(k, s, -1, task.pid, tid, { kind: 'block', on, obj: null });
    return;
  }
  makeReady(k, s, task, 'ready', 'wake');
  if (k.policy.preemptive) preemptFor(k, s, task);
}

/**
 * Stops `task`, its process having been stopped by `sig` (signal.ts: stop): it leaves
 * its CPU (owing the time it had run ahead, as when preempted), the run queue, or a
 * wait that a signal may interrupt (`interruptible`), and is `blocked` on 'stopped'
 * until SIGCONT. A call it gave up is made again when it continues, by the same
 * deadline, as Linux restarts a call that a stop interrupted. A task in a call that
 * cannot be interrupted stays in it (wakeup stops it when the call completes).
 */
export function park(k: Ctx, s: KernelState, task: Task, sig: number, interruptible: boolean): void {
  const st = task.state;
  let until: Ns | null = null;
  let cpu = -1;
  switch (st.tag) {
    case 'running': {
      cpu = st.cpu;
      const c = s.cpus[cpu]!;
      const now = Math.max(s.clock, st.since);
      task.debt += Math.max(0, c.at - now);
      leaveCpu(k, s, c, task, now);
      break;
    }
    case 'ready':
    case 'interrupted':
      k.policy.remove(s, task.tid);
      break;
    case 'blocked': {
      const on = st.on;
      if (on.kind === 'stopped' || !interruptible) return;
      if (on.kind === 'sleep') until = on.until;
      else if (on.kind === 'ipc' || on.kind === 'tjoin') until = on.until;
      if (on.kind === 'ipc') {
        k.fp?.touch(fpKey(FP.obj, on.obj), true);
        unwait(s, on.obj, task.tid);
      }
      break;
    }
    case 'zombie':
    case 'exited':
      return;
    default: {
      const never: never = st;
      panic(`unknown task state ${JSON.stringify(never)}`);
    }
  }
  // Its timer, if it had one, goes stale with the state it leaves.
  const on: BlockReason = { kind: 'stopped', sig, until };
  task.state = blocked(on, s.clock, -1);
  emit(k, s, cpu, task.pid, task.tid, { kind: 'block', on, obj: null });
}

/**
 * SIGCONT reached the stopped `task`: it is ready again. A call it gave up when it was
 * stopped is made again, with what is left of its deadline (none left: it times out at once).
 */
export function unpark(k: Ctx, s: KernelState, task: Task, sig: number): void {
  const st = task.state;
  if (st.tag !== 'blocked' || st.on.kind !== 'stopped') return;
  const rt = k.rt[task.tid]!;
  if (rt.call !== null && st.on.until !== null) rt.call = retryCall(rt.call, Math.max(0, st.on.until - s.clock));
  emit(k, s, -1, task.pid, task.tid, { kind: 'wake', reason: { why: 'signal', sig } });
  makeReady(k, s, task, 'ready', 'wake');
  if (k.policy.preemptive) preemptFor(k, s, task);
}

/** A newly runnable task (created or woken) may preempt the weakest running task. */
export function preemptFor(k: Ctx, s: KernelState, task: Task): void {
  if (s.idle !== 0 || !runnable(s, task.tid)) return; // an idle CPU will take it, or it must wait for its GIL
  let victim: Cpu | null = null;
  let weakest: Task | null = null;
  for (const cpu of s.cpus) {
    const running = taskAt(s, cpu.task);
    if (!k.policy.beats(s, task, running)) continue;
    if (weakest === null || k.policy.beats(s, weakest, running)) {
      victim = cpu;
      weakest = running;
    }
  }
  if (victim) preempt(k, s, victim, 'priority');
}

/** Whether some ready task should run instead of `task` under the policy. */
export function readyBeats(k: Ctx, s: KernelState, task: Task): boolean {
  for (const tid of readyTids(s)) if (k.policy.beats(s, taskAt(s, tid), task)) return true;
  return false;
}

/** A task just created becomes ready. */
export function admit(k: Ctx, s: KernelState, task: Task): void {
  makeReady(k, s, task, 'ready', 'new');
  if (k.policy.preemptive) preemptFor(k, s, task);
}

/**
 * Whether a ready task may run now: not when its process has a global interpreter lock
 * and another of its tasks is on a CPU.
 */
export function runnable(s: KernelState, tid: Tid): boolean {
  if (s.gilThreads === 0) return true;
  const proc = procOfTask(s, taskAt(s, tid));
  // A ready task is not running itself, so any running task of its process is another one.
  return !proc.gil || proc.running === 0;
}

/**
 * Gives every idle CPU a ready task, preferring the CPU a task last ran on. In free mode
 * every ready task gets a CPU: the machine grows one when none is idle (up to MAX_CPUS).
 */
export function schedule(k: Ctx, s: KernelState): void {
  if (k.mode === 'free') {
    while (s.idle === 0 && s.nready > 0 && s.cpus.length < MAX_CPUS) {
      s.cpus.push(newCpu(s.cpus.length));
      s.idle |= 1 << (s.cpus.length - 1);
    }
  }
  while (s.idle !== 0 && s.nready > 0) {
    const tid = k.policy.pick(k, s, runnable);
    if (tid < 0) return;
    const task = taskAt(s, tid);
    const last = task.lastCpu;
    const id = last >= 0 && s.idle & (1 << last) ? last : 31 - Math.clz32(s.idle & -s.idle);
    dispatch(k, s, s.cpus[id]!, task);
  }
}

/** Takes a task off the CPU, the run queue or its wait, wherever it is (it is being killed or exiting). */
export function detach(k: Ctx, s: KernelState, task: Task): void {
  const st = task.state;
  switch (st.tag) {
    case 'running':
      leaveCpu(k, s, s.cpus[st.cpu]!, task, s.clock);
      break;
    case 'ready':
    case 'interrupted':
      k.policy.remove(s, task.tid);
      break;
    case 'blocked':
      // Its timer, if any, goes stale with the blocked state.
      if (st.on.kind === 'ipc') {
        k.fp?.touch(fpKey(FP.obj, st.on.obj), true);
        unwait(s, st.on.obj, task.tid);
      }
      break;
    case 'zombie':
    case 'exited':
      break;
    default: {
      const never: never = st;
      panic(`unknown task state ${JSON.stringify(never)}`);
    }
  }
  task.debt = 0;
  k.rt[task.tid]!.call = null;
  task.op = '';
}

/** Removes `tid` from every wait list of object `id`. */
export function unwait(s: KernelState, id: number, tid: Tid): void {
  const obj = findObj(s, id);
  if (!obj) return;
  const drop = (list: Tid[]): void => {
    const i = list.indexOf(tid);
    if (i >= 0) list.splice(i, 1);
  };
  drop(obj.waiters);
  if (obj.kind === 'queue') {
    drop(obj.putters);
    drop(obj.joiners);
    drop(obj.flushers);
  }
}

/** Picks one of several eligible waiters (the Chooser decides; a single one needs no choice). */
export function chooseWaiter(k: Ctx, list: readonly Tid[]): number {
  if (list.length < 2) return 0;
  const who = k.candidates.room(list.length);
  for (let i = 0; i < list.length; i++) who[i] = list[i]!;
  return k.chooser.choose('wake', list.length, who);
}
