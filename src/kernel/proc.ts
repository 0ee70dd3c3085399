/**
 * Processes: create, fork, spawn, exit, kill, wait, reap, reparent.
 *
 * pid 1 is init: it has no task, adopts orphans and reaps them at once. The shell
 * that started the main program (its parent) likewise reaps the main process.
 */
import { paceOf, startCost } from './variation.js';
import { type Ctx, SUSPEND, type Suspend, type TaskRuntime, emit, panic, traced } from './ctx.js';
import { FP, fpKey } from './footprint.js';
import { drop, dropAll, heldIds, hold } from './ipc/handles.js';
import { dropFed } from './ipc/queue.js';
import type { AddressSpace } from './program.js';
import { admit, block, detach, unwait, wakeup } from './sched.js';
import { findProc, pidSlotOf, procOf, procOfTask, setPidSlot, taskAt } from './state.js';
import { tablePush } from './table.js';
import { exited, ready, zombie } from './values.js';
import type { ErrResult, Image, SpawnOptions } from './syscalls.js';
import { SIGCHLD, wifcontinued, wstatusExited, wstatusSignaled } from './syscalls.js';
import { orphaned, sigchld } from './signal.js';
import type { ExitHow } from './trace.js';
import type { BlockReason, KernelState, Pid, Proc, Stdio, Task, Tid } from './types.js';

export const INIT_PID = 1;

/** The address space of a task that has terminated: running it again is our bug. */
const GONE: AddressSpace = {
  run: () => panic('a terminated task was run'),
  fork: () => panic('a terminated task forked'),
  where: () => '',
  snapshot: () => GONE_SNAPSHOT,
};
const GONE_SNAPSHOT = { restore: (): AddressSpace => GONE };

/** The runtime of a task that has terminated. */
const TERMINATED: TaskRuntime = { space: GONE, resume: undefined, call: null };

/** Random windows-style pids drawn before falling back to the next unused pid above the range. */
const WINDOWS_DRAWS = 100;
/** Windows-style pids are drawn from 4 × [250, 6250): the documents' range. */
const WINDOWS_TOP = 4 * 6250;

/**
 * Allocates a pid: increasing on linux and macos, scattered multiples of 4 on windows.
 * A pid is never reused (the table keeps every process); once the windows range is
 * crowded, pids go on in multiples of 4 above it, so allocation always ends.
 */
export function allocPid(k: Ctx, s: KernelState): Pid {
  k.fp?.touch(fpKey(FP.ids, 0), true);
  if (k.platform !== 'windows') return s.nextPid++;
  for (let i = 0; i < WINDOWS_DRAWS; i++) {
    const pid = 4 * (250 + Math.floor(k.pidRandom() * 6000));
    if (findProc(s, pid) === undefined) return pid;
  }
  // s.nextPid is not otherwise used on windows: it is the cursor above the range.
  let pid = Math.max(s.nextPid, WINDOWS_TOP);
  while (findProc(s, pid) !== undefined) pid += 4;
  s.nextPid = pid + 4;
  return pid;
}

interface NewProc {
  pid: Pid;
  ppid: Pid;
  name: string;
  image: string;
  origin: Proc['origin'];
  stdio: [Stdio, Stdio, Stdio];
  /** Its process group and session when it does not start in its parent's (init, the shell, the main program). */
  pgid?: Pid;
  sid?: Pid;
}

/** Adds a process (without tasks) to the table and to its parent's children. */
export function addProc(s: KernelState, p: NewProc): Proc {
  // Fields spelled out: an object spread here costs microseconds in V8 (it boots every run).
  const proc: Proc = {
    pid: p.pid,
    ppid: p.ppid,
    name: p.name,
    image: p.image,
    origin: p.origin,
    stdio: p.stdio,
    origPpid: p.ppid,
    children: [],
    tasks: [],
    status: 'alive',
    wstatus: 0,
    handles: {},
    created: s.clock,
    ended: -1,
    gil: false,
    running: 0,
    sigcatch: 0,
    sigign: 0,
    sigpend: 0,
    alarm: -1,
    alarmAt: 0,
    alarmEvery: 0,
    blocks: 0,
    mem: 0,
    cpu: 0,
    ccpu: 0,
    stopped: 0,
    report: 0,
    pgid: p.pgid ?? findProc(s, p.ppid)?.pgid ?? p.pid,
    sid: p.sid ?? findProc(s, p.ppid)?.sid ?? p.pid,
  };
  const slot = s.nprocs++;
  s.live++;
  setPidSlot(s, p.pid, slot);
  tablePush(s.procs, proc, slot);
  findProc(s, p.ppid)?.children.push(p.pid);
  return findProc(s, p.pid)!;
}

/** Adds a task running `space` to `proc` and admits it to the scheduler. */
export function addTask(k: Ctx, s: KernelState, proc: Proc, space: AddressSpace, resume: unknown, nice: number): Task {
  const tid: Tid = s.ntasks++;
  k.fp?.touch(fpKey(FP.task, tid), true);
  tablePush(
    s.tasks,
    {
      tid,
      pid: proc.pid,
      slot: pidSlotOf(s, proc.pid)!,
      state: ready(s.clock),
      nice,
      level: 0,
      allot: 0,
      vruntime: 0,
      tickets: 0,
      lastCpu: -1,
      debt: 0,
      op: '',
      loc: '',
      killed: 0,
      // Boot makes no decisions (a schedule begins at the first step): the main task runs at the nominal pace.
      pace: tid === 0 ? 100 : paceOf(k, tid),
      cpu: 0,
    },
    tid,
  );
  if (proc.tasks.length === 0) {
    proc.gil = space.gil === true;
    // A fresh program (not a fork's copy) starts with the dispositions its runtime sets up.
    if (proc.origin !== 'fork' && space.signals) {
      proc.sigcatch = space.signals.catch;
      proc.sigign = space.signals.ignore;
    }
  }
  proc.tasks.push(tid);
  k.rt[tid] = { space, resume, call: null };
  const task = taskAt(s, tid);
  admit(k, s, task);
  return task;
}

/**
 * fork(): a child process whose one task is a copy of `task`, with a copy of the
 * address space and of every handle. The child's fork returns 0; the parent's, the
 * child's pid (returned here).
 */
export function fork(k: Ctx, s: KernelState, task: Task): Pid | ErrResult {
  if (s.live >= k.params.maxProcs) return limitReached(k, s, task, 'fork');
  const parent = procOfTask(s, task);
  if (s.memTotal + parent.mem > k.params.machineMemory) return noMemory(k, s, task, parent.mem);
  const pid = allocPid(k, s);
  const child = addProc(s, {
    pid,
    ppid: parent.pid,
    name: parent.name,
    image: parent.image,
    origin: 'fork',
    stdio: [...parent.stdio],
  });
  const held = heldIds(s, parent);
  for (let i = 0; i < held.length; i++) hold(k, s, child, held[i]!, parent.handles[held[i]!]!);
  // The child keeps what its parent does with each signal; nothing is pending, no alarm is set.
  child.sigcatch = parent.sigcatch;
  child.sigign = parent.sigign;
  // Its memory is a copy of its parent's.
  child.mem = parent.mem;
  s.memTotal += parent.mem;
  const childTid = s.ntasks;
  if (traced(k)) emit(k, s, -1, parent.pid, task.tid, { kind: 'create', how: 'fork', child: pid, childTid, name: child.name, image: child.image });
  k.running.tid = task.tid;
  const space = k.rt[task.tid]!.space.fork(task.tid, childTid, pid);
  k.running.tid = -1;
  const t = addTask(k, s, child, space, 0, task.nice);
  t.loc = task.loc;
  t.debt = startCost(k, t.tid, space.refcounted === true ? k.params.forkChild + k.params.cowFaultsChild : k.params.forkChild);
  return pid;
}

/**
 * spawn: a child process running a fresh program from an image. Returns its pid, or
 * ENOENT when the image names no program, EAGAIN at the process limit (nothing is
 * created then).
 */
export function spawn(k: Ctx, s: KernelState, task: Task, opts: SpawnOptions): Pid | ErrResult {
  if (s.live >= k.params.maxProcs) return limitReached(k, s, task, 'spawn');
  const parent = procOfTask(s, task);
  const pid = allocPid(k, s);
  const tid = s.ntasks;
  const space = k.loader(opts.image, { pid, tid, ppid: parent.pid, platform: k.platform, cpus: k.cpus, seed: k.seed, params: k.params, buffering: k.buffering });
  if (space === null) return { err: 'ENOENT' };
  const stdio = (opts.stdio ?? ['inherit', 'inherit', 'inherit']).map((io, fd) =>
    io === 'inherit' ? parent.stdio[fd]! : io,
  ) as [Stdio, Stdio, Stdio];
  const child = addProc(s, {
    pid,
    ppid: parent.pid,
    name: opts.name ?? opts.image.label,
    image: opts.image.label,
    origin: 'spawn',
    stdio,
  });
  for (const io of stdio) if (typeof io === 'number') hold(k, s, child, io, 1);
  for (const id of opts.handles ?? []) {
    if (!parent.handles[id]) panic(`spawn passes handle ${id} that pid ${parent.pid} does not hold`);
    hold(k, s, child, id, 1);
  }
  emit(k, s, -1, parent.pid, task.tid, { kind: 'create', how: 'spawn', child: pid, childTid: tid, name: child.name, image: child.image });
  const t = addTask(k, s, child, space, undefined, 0);
  t.debt = opts.image.kind === 'command' ? 0 : startCost(k, t.tid, k.params.spawn);
  return pid;
}

/**
 * fork or spawn at the machine's process limit: nothing is created, the call fails with
 * EAGAIN as fork(2) does under RLIMIT_NPROC, and the trace records which limit it was.
 */
function limitReached(k: Ctx, s: KernelState, task: Task, op: 'fork' | 'spawn'): ErrResult {
  s.limitHits++;
  emit(k, s, -1, task.pid, task.tid, { kind: 'limit', limit: 'maxProcs', max: k.params.maxProcs, op });
  return { err: 'EAGAIN' };
}

/**
 * fork when the machine's memory cannot hold a copy of the parent (`bytes`): nothing is
 * created, the call fails with ENOMEM as Linux's fork does when it cannot commit the
 * child's memory.
 */
function noMemory(k: Ctx, s: KernelState, task: Task, bytes: number): ErrResult {
  s.machineHits++;
  emit(k, s, -1, task.pid, task.tid, { kind: 'limit', limit: 'machineMemory', max: k.params.machineMemory, op: 'fork', bytes });
  return { err: 'ENOMEM' };
}

/**
 * Terminates `task` with a raw wait status; threads joining it wake. When it was the
 * process's last task the process exits: its handles close, its children go to init,
 * its parent learns.
 */
export function exitTask(k: Ctx, s: KernelState, task: Task, wstatus: number, how: ExitHow): void {
  const cpu = task.state.tag === 'running' ? task.state.cpu : -1;
  k.fp?.touch(fpKey(FP.task, task.tid), true);
  detach(k, s, task);
  // Its program will never run again: let its memory go (a process's heap can be large).
  k.rt[task.tid] = TERMINATED;
  task.state = zombie(wstatus, s.clock);
  if (traced(k)) emit(k, s, cpu, task.pid, task.tid, { kind: 'exit', wstatus, how });
  const proc = procOfTask(s, task);
  for (const tid of proc.tasks) {
    const st = taskAt(s, tid).state;
    if (st.tag === 'blocked' && st.on.kind === 'tjoin' && st.on.tid === task.tid) wakeup(k, s, tid, null, { why: 'thread', tid: task.tid });
  }
  for (const tid of proc.tasks) {
    const tag = taskAt(s, tid).state.tag;
    if (tag !== 'zombie' && tag !== 'exited') return;
  }
  exitProcess(k, s, proc, wstatus);
}

/**
 * execve: the process runs a fresh program from `image` in place of its own, keeping
 * its pid, parent, children and standard streams; its other threads end, and the
 * handles it holds close (every descriptor Python opens is non-inheritable, PEP 446),
 * except those its standard streams use. The calling task carries on in the new
 * program from its start. ENOENT, and nothing changes, when the image names no program.
 */
export function exec(k: Ctx, s: KernelState, task: Task, image: Image): undefined | ErrResult {
  const proc = procOfTask(s, task);
  const space = k.loader(image, { pid: proc.pid, tid: task.tid, ppid: proc.ppid, platform: k.platform, cpus: k.cpus, seed: k.seed, params: k.params, buffering: k.buffering });
  if (space === null) return { err: 'ENOENT' };
  k.fp?.touch(fpKey(FP.proc, proc.pid), true);
  for (const tid of proc.tasks) {
    const t = taskAt(s, tid);
    if (t !== task && t.state.tag !== 'zombie' && t.state.tag !== 'exited') exitTask(k, s, t, 0, { by: 'process-exit' });
  }
  const keep = new Set(proc.stdio.filter((io): io is number => typeof io === 'number'));
  for (const key of Object.keys(proc.handles)) {
    const id = Number(key);
    if (!keep.has(id)) while (proc.handles[id]) drop(k, s, proc, id);
  }
  // POSIX: caught signals return to their default action (the handlers were the old
  // program's); ignored ones stay ignored. Then the new runtime sets up its own, as at spawn.
  proc.sigcatch = space.signals?.catch ?? 0;
  if (space.signals) proc.sigign = (proc.sigign & ~space.signals.catch) | space.signals.ignore;
  proc.image = image.label;
  proc.name = image.label;
  emit(k, s, -1, proc.pid, task.tid, { kind: 'exec', image: image.label });
  k.rt[task.tid]!.space = space;
  // A fresh interpreter's start-up is CPU time before its first instruction, as after spawn.
  task.debt = image.kind === 'command' ? 0 : startCost(k, task.tid, k.params.spawn);
  return undefined;
}

/** exit(code) from any thread: every thread of the process ends; the process exits with `code`. */
export function exit(k: Ctx, s: KernelState, task: Task, code: number): void {
  const proc = procOfTask(s, task);
  for (const tid of proc.tasks) {
    const t = taskAt(s, tid);
    if (t !== task && t.state.tag !== 'zombie' && t.state.tag !== 'exited') exitTask(k, s, t, wstatusExited(code), { by: 'process-exit' });
  }
  exitTask(k, s, task, wstatusExited(code), { by: 'exit', code: code & 0xff });
}

/** A new thread of `task`'s process, running the entry its program registered. Returns its tid. */
export function thread(k: Ctx, s: KernelState, task: Task, entry: number, name: string): Tid {
  const proc = procOfTask(s, task);
  k.fp?.touch(fpKey(FP.ids, 0), true);
  const tid = s.ntasks;
  const space = k.rt[task.tid]!.space;
  if (!space.startThread) panic(`the program of pid ${proc.pid} cannot start threads`);
  space.startThread(tid, entry);
  if (proc.gil) s.gilThreads++;
  emit(k, s, -1, proc.pid, task.tid, { kind: 'create', how: 'thread', child: proc.pid, childTid: tid, name, image: proc.image });
  addTask(k, s, proc, space, undefined, task.nice);
  return tid;
}

/** Waits for thread `tid` of the same process to end (null once it has; TIMEOUT). */
export function tjoin(k: Ctx, s: KernelState, task: Task, tid: Tid, timeout: number | null): null | ErrResult | Suspend {
  const target = taskAt(s, tid);
  k.fp?.touch(fpKey(FP.task, tid), false);
  if (target.pid !== task.pid || tid === task.tid) panic(`tjoin of task ${tid} from task ${task.tid} of another process`);
  if (target.state.tag === 'zombie' || target.state.tag === 'exited') return null;
  if (timeout === 0) return { err: 'TIMEOUT' };
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'tjoin', tid, until }, until);
  return SUSPEND;
}

function exitProcess(k: Ctx, s: KernelState, proc: Proc, wstatus: number): void {
  k.fp?.touch(fpKey(FP.proc, proc.pid), true);
  proc.status = 'zombie';
  proc.wstatus = wstatus;
  proc.ended = s.clock;
  s.memTotal -= proc.mem;
  proc.mem = 0;
  dropFed(k, s, proc);
  dropAll(k, s, proc);
  for (const pid of proc.children) reparent(k, s, procOf(s, pid));
  proc.children = [];
  const parent = procOf(s, proc.ppid);
  if (traced(k)) emit(k, s, -1, parent.pid, -1, { kind: 'signal', sig: SIGCHLD, target: parent.pid });
  if (proc.origin === 'main') orphaned(k, s);
  if (parent.tasks.length === 0) {
    // init and the shell reap at once.
    reap(k, s, parent, proc);
    return;
  }
  for (const tid of parent.tasks) {
    const st = taskAt(s, tid).state;
    if (st.tag === 'blocked' && st.on.kind === 'wait' && (st.on.pid === -1 || st.on.pid === proc.pid)) {
      reap(k, s, parent, proc);
      wakeup(k, s, tid, [proc.pid, wstatus], { why: 'child', pid: proc.pid });
      break;
    }
  }
  sigchld(k, s, parent);
}

/** An orphan goes to init, which reaps it at once if it is already a zombie. */
function reparent(k: Ctx, s: KernelState, child: Proc): void {
  const init = procOf(s, INIT_PID);
  k.fp?.touch(fpKey(FP.proc, child.pid), true);
  child.ppid = INIT_PID;
  init.children.push(child.pid);
  if (traced(k)) emit(k, s, -1, child.pid, -1, { kind: 'reparent', child: child.pid, to: INIT_PID });
  if (child.status === 'zombie') reap(k, s, init, child);
}

/** The parent collects a zombie child's status; the child becomes `exited`. */
export function reap(k: Ctx, s: KernelState, parent: Proc, child: Proc): void {
  if (child.status !== 'zombie') panic(`reap of ${child.pid} in state ${child.status}`);
  k.fp?.touch(fpKey(FP.proc, child.pid), true);
  child.status = 'exited';
  s.live--;
  parent.ccpu += child.cpu + child.ccpu;
  for (const tid of child.tasks) {
    const task = taskAt(s, tid);
    if (task.state.tag === 'zombie') task.state = exited(task.state.status, s.clock);
  }
  // Removed in place, in order (splice makes an array of what it removes: every explored run reaps).
  const children = parent.children;
  const i = children.indexOf(child.pid);
  if (i >= 0) {
    for (let j = i + 1; j < children.length; j++) children[j - 1] = children[j]!;
    children.pop();
  }
  if (traced(k)) emit(k, s, -1, parent.pid, -1, { kind: 'reap', child: child.pid, wstatus: child.wstatus });
}

/**
 * waitpid(pid, nohang, untraced, continued): reaps a zombie child (pid -1: any) and
 * returns [pid, wstatus]; with `untraced` / `continued` (WUNTRACED, WCONTINUED) a child
 * that stopped / continued since its parent last asked is reported the same way (its
 * report is collected, the child stays). With no such child, ECHILD; with nohang and
 * nothing to report, [0, 0]; otherwise blocks.
 */
export function wait(k: Ctx, s: KernelState, task: Task, pid: Pid, nohang: boolean, untraced = false, continued = false): [number, number] | ErrResult | null {
  const proc = procOfTask(s, task);
  const candidates = proc.children.filter((c) => pid === -1 || c === pid);
  if (k.fp) for (const c of candidates) k.fp.touch(fpKey(FP.proc, c), untraced || continued);
  if (candidates.length === 0) return { err: 'ECHILD' };
  for (const c of candidates) {
    const child = procOf(s, c);
    if (child.status === 'zombie') {
      reap(k, s, proc, child);
      return [child.pid, child.wstatus];
    }
    const report = child.report;
    if (report !== 0 && (wifcontinued(report) ? continued : untraced)) {
      child.report = 0;
      return [child.pid, report];
    }
  }
  if (nohang) return [0, 0];
  const on: BlockReason = untraced || continued ? { kind: 'wait', pid, untraced, continued } : { kind: 'wait', pid };
  block(k, s, task, on, null);
  return null;
}

/**
 * A signal's default action ends `target` (signal.ts decided so). As in Unix, a task
 * acts on a fatal signal when it next runs: a running task exits at once, a blocked one
 * is woken (blocked → ready) and exits when dispatched.
 */
export function terminate(k: Ctx, s: KernelState, from: Task | null, target: Proc, sig: number): void {
  for (const tid of [...target.tasks]) {
    const t = taskAt(s, tid);
    if (t.killed) continue;
    t.killed = sig;
    switch (t.state.tag) {
      case 'running': {
        if (t === from) {
          exitTask(k, s, t, wstatusSignaled(sig), { by: 'signal', sig });
          break;
        }
        // On another CPU: it dies once the signal reaches it, unless its next event comes first
        // (then it dies right after that event; see runOn).
        const cpu = s.cpus[t.state.cpu]!;
        const arrives = s.clock + k.params.signal;
        if (cpu.at > arrives) {
          cpu.at = arrives;
          cpu.pending = 'signal';
          t.debt = 0;
          k.rt[tid]!.call = null;
        }
        break;
      }
      case 'blocked':
        if (t.state.on.kind === 'ipc') {
          k.fp?.touch(fpKey(FP.obj, t.state.on.obj), true);
          unwait(s, t.state.on.obj, t.tid);
        }
        wakeup(k, s, t.tid, null, { why: 'signal', sig });
        break;
      case 'ready':
      case 'interrupted':
      case 'zombie':
      case 'exited':
        break;
      default: {
        const never: never = t.state;
        panic(`unknown task state ${JSON.stringify(never)}`);
      }
    }
  }
}

