/**
 * The syscall table: op → handler, and what a timed-out blocking call returns.
 *
 * A handler runs at the virtual time the syscall takes effect. It returns the
 * syscall's result (the task carries on), or SUSPEND when the task no longer runs:
 * it blocked (someone will wake it with a result), exited, or was killed.
 */
import { getpgid, getsid, setpgid, setsid } from './pgrp.js';
import { fileRead, fileSeek, fileTruncate, fileWrite, openFile } from './ipc/file.js';
import { type Ctx, SUSPEND, type Suspend, emit, panic } from './ctx.js';
import { FP, fpKey } from './footprint.js';
import { fsCall, fsTouch } from './fs.js';
import { barrier, barrierOf, breakBarrier, bwait } from './ipc/barrier.js';
import { cell, cellAccess, shmOpen } from './ipc/cell.js';
import { cond, cwait, notify, relock } from './ipc/condition.js';
import { event, evget, evset, evwait } from './ipc/event.js';
import { drop, hold, useHandle } from './ipc/handles.js';
import { deliver, pipe, poll, recv, send } from './ipc/pipe.js';
import { loadavg } from './loadavg.js';
import { get, put, qempty, qflush, qjoin, qsize, queue, taskDone } from './ipc/queue.js';
import { acquire, release, sem, semValue } from './ipc/sem.js';
import { exec, exit, exitTask, fork, spawn, thread, tjoin, wait } from './proc.js';
import { alarm, hasPending, itimer, kill, sigaction } from './signal.js';
import { block, preempt, readyBeats, unwait, wakeup } from './sched.js';
import { findProc, procOf, procOfTask, taskAt } from './state.js';
import type { ErrResult, Syscall, SyscallOp } from './syscalls.js';
import type { BarrierObj, CondObj, ConnObj, KernelState, Ns, Pid, Task } from './types.js';
import { message } from './values.js';
import { objAt } from './state.js';

type Handler<Op extends SyscallOp> = (k: Ctx, s: KernelState, task: Task, call: Extract<Syscall, { op: Op }>) => unknown;

/** CPU time (getrusage): what the tasks have run, with the time since the running ones last went on a CPU. */
function cpuUsage(s: KernelState, task: Task, who: 'self' | 'thread' | 'children' | Pid): Ns | ErrResult {
  const runningFor = (t: Task): Ns => (t.state.tag === 'running' ? Math.max(0, s.clock - t.state.since) : 0);
  if (who === 'thread') return task.cpu + runningFor(task);
  const proc = procOfTask(s, task);
  if (who === 'children') return proc.ccpu;
  if (who === 'self') {
    let ns = proc.cpu;
    for (const tid of proc.tasks) ns += runningFor(taskAt(s, tid));
    return ns;
  }
  const other = findProc(s, who);
  return other === undefined ? { err: 'ESRCH' } : other.cpu + other.ccpu;
}

const HANDLERS: { [Op in SyscallOp]: Handler<Op> } = {
  sleep: (k, s, task, c) => {
    if (c.ns <= 0) return null;
    block(k, s, task, { kind: 'sleep', until: s.clock + c.ns }, s.clock + c.ns);
    return SUSPEND;
  },
  time: (_k, s) => s.clock,
  loadavg: (_k, s) => loadavg(s),
  rusage: (_k, s, task, c) => cpuUsage(s, task, c.who),
  io: (k, s, task, c) => {
    block(k, s, task, { kind: 'io', what: c.what, until: s.clock + c.ns }, s.clock + c.ns);
    return SUSPEND;
  },
  getpid: (_k, _s, task) => task.pid,
  getppid: (k, s, task) => {
    k.fp?.touch(fpKey(FP.proc, task.pid), false);
    const proc = procOfTask(s, task);
    // Windows has no reparenting: a process keeps its creator's pid.
    return k.platform === 'windows' ? proc.origPpid : proc.ppid;
  },
  fork: (k, s, task) => fork(k, s, task),
  spawn: (k, s, task, c) => spawn(k, s, task, c.opts),
  exec: (k, s, task, c) => exec(k, s, task, c.image),
  exit: (k, s, task, c) => {
    exit(k, s, task, c.status);
    return SUSPEND;
  },
  thread: (k, s, task, c) => thread(k, s, task, c.entry, c.name),
  texit: (k, s, task) => {
    exitTask(k, s, task, 0, { by: 'thread-exit' });
    return SUSPEND;
  },
  tjoin: (k, s, task, c) => tjoin(k, s, task, c.tid, c.timeout),
  wait: (k, s, task, c) => wait(k, s, task, c.pid, c.nohang, c.untraced, c.continued) ?? SUSPEND,
  kill: (k, s, task, c) => {
    const r = kill(k, s, task, c.pid, c.sig);
    return task.state.tag === 'running' ? r : SUSPEND;
  },
  getpgid: (k, s, task, c) => getpgid(k, s, task, c.pid),
  getsid: (k, s, task, c) => getsid(k, s, task, c.pid),
  setpgid: (k, s, task, c) => setpgid(k, s, task, c.pid, c.pgid),
  setsid: (k, s, task) => setsid(k, s, task),
  sigaction: (k, s, task, c) => sigaction(k, s, task, c.sig, c.act),
  alarm: (k, s, task, c) => alarm(k, s, task, c.ns),
  itimer: (k, s, task, c) => itimer(k, s, task, c.ns, c.every),
  pause: (k, s, task) => {
    const proc = procOfTask(s, task);
    k.fp?.touch(fpKey(FP.sig, proc.pid), false);
    if (hasPending(proc)) return { err: 'EINTR', left: null };
    block(k, s, task, { kind: 'pause' }, null);
    return SUSPEND;
  },
  status: (k, s, _task, c) => {
    k.fp?.touch(fpKey(FP.proc, c.pid), false);
    return findProc(s, c.pid)?.status ?? { err: 'ESRCH' };
  },
  setname: (_k, s, task, c) => {
    procOfTask(s, task).name = c.name;
    return null;
  },
  nice: (k, s, task, c) => {
    task.nice = Math.max(-20, Math.min(19, task.nice + c.inc));
    if (!k.policy.preemptive || !readyBeats(k, s, task)) return task.nice;
    // It just lowered itself below a ready task: that task takes the CPU now.
    const rt = k.rt[task.tid]!;
    rt.call = null;
    rt.resume = task.nice;
    task.op = '';
    preempt(k, s, s.cpus[(task.state as { cpu: number }).cpu]!, 'priority');
    return SUSPEND;
  },
  write: (k, s, task, c) => write(k, s, task, c.fd, c.text),
  read: (k, s, task, c) => read(k, s, task, c.fd, c.line),
  pipe: (k, s, task, c) => pipe(k, s, task, c.duplex, c.label),
  send: (k, s, task, c) => send(k, s, task, c.h, c.data, c.repr, c.timeout, c.handles),
  recv: (k, s, task, c) => recv(k, s, task, c.h, c.timeout, c.more),
  poll: (k, s, task, c) => poll(k, s, task, c.h, c.timeout),
  close: (k, s, task, c) => (drop(k, s, procOfTask(s, task), c.h) ? null : { err: 'EBADF' }),
  dup: (k, s, task, c) => {
    const proc = procOfTask(s, task);
    const obj = useHandle(s, proc, c.h);
    if ('err' in obj) return obj;
    hold(k, s, proc, c.h, 1);
    return null;
  },
  queue: (k, s, task, c) => queue(k, s, task, c.maxsize, c.label, c.direct === true, c.feeder === true),
  put: (k, s, task, c) => put(k, s, task, c.h, c.data, c.repr, c.timeout, c.handles),
  get: (k, s, task, c) => get(k, s, task, c.h, c.timeout),
  qflush: (k, s, task, c) => qflush(k, s, task, c.h),
  qsize: (k, s, task, c) => {
    k.fp?.touch(fpKey(FP.obj, c.h), false);
    return qsize(s, task, c.h);
  },
  qempty: (k, s, task, c) => qempty(k, s, task, c.h),
  task_done: (k, s, task, c) => taskDone(k, s, task, c.h),
  qjoin: (k, s, task, c) => qjoin(k, s, task, c.h, c.timeout),
  sem: (k, s, task, c) => sem(k, s, task, c.flavor, c.value, c.label),
  acquire: (k, s, task, c) => acquire(k, s, task, c.h, c.timeout),
  release: (k, s, task, c) => release(k, s, task, c.h),
  semvalue: (k, s, task, c) => {
    k.fp?.touch(fpKey(FP.obj, c.h), false);
    return semValue(s, task, c.h);
  },
  event: (k, s, task, c) => event(k, s, task, c.label),
  evset: (k, s, task, c) => evset(k, s, task, c.h, c.set),
  evwait: (k, s, task, c) => evwait(k, s, task, c.h, c.timeout),
  evget: (k, s, task, c) => {
    k.fp?.touch(fpKey(FP.obj, c.h), false);
    return evget(s, task, c.h);
  },
  cond: (k, s, task, c) => cond(k, s, task, c.lock, c.label),
  cwait: (k, s, task, c) => cwait(k, s, task, c.h, c.timeout),
  notify: (k, s, task, c) => notify(k, s, task, c.h, c.n),
  barrier: (k, s, task, c) => barrier(k, s, task, c.parties, c.label),
  bwait: (k, s, task, c) => bwait(k, s, task, c.h, c.timeout),
  babort: (k, s, task, c) => {
    const obj = useHandle(s, procOfTask(s, task), c.h);
    if ('err' in obj) return obj;
    if (obj.kind !== 'barrier') return { err: 'EBADF' };
    k.fp?.touch(fpKey(FP.obj, obj.id), true);
    breakBarrier(k, s, obj);
    return null;
  },
  breset: (k, s, task, c) => {
    const b = barrierOf(s, task, c.h);
    if ('err' in b) return b;
    k.fp?.touch(fpKey(FP.obj, b.id), true);
    if (b.waiters.length > 0) breakBarrier(k, s, b);
    b.broken = false;
    b.arrived = 0;
    return null;
  },
  bstate: (k, s, task, c) => {
    const b = barrierOf(s, task, c.h);
    if ('err' in b) return b;
    k.fp?.touch(fpKey(FP.obj, b.id), false);
    return { parties: b.parties, waiting: b.arrived, broken: b.broken };
  },
  cell: (k, s, task, c) => cell(k, s, task, c.typecode, c.values, c.lock, c.label),
  shm: (k, s, task, c) => shmOpen(k, s, task, c.name, c.size, c.create),
  cread: (k, s, task, c) => cellAccess(k, s, task, c.h, c.index, false, 0),
  cwrite: (k, s, task, c) => cellAccess(k, s, task, c.h, c.index, true, c.value),
  label: (_k, s, task, c) => {
    const obj = useHandle(s, procOfTask(s, task), c.h);
    if ('err' in obj) return obj;
    if (!obj.label) obj.label = c.label;
    return null;
  },
  fs: (k, s, _task, c) => {
    if (k.fp) fsTouch(k.fp, s, c.call);
    return fsCall(s, c.call);
  },
  open: (k, s, task, c) => openFile(k, s, task, c.path, c),
  fread: (k, s, task, c) => fileRead(k, s, task, c.h, c.n, c.at),
  fwrite: (k, s, task, c) => fileWrite(k, s, task, c.h, c.data, c.at),
  ftruncate: (k, s, task, c) => fileTruncate(k, s, task, c.h, c.length),
  lseek: (k, s, task, c) => fileSeek(k, s, task, c.h, c.offset, c.whence),
  net: (k, s, task, c) => {
    const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(c.url)?.[1]?.toLowerCase() ?? '';
    const h = k.network.hosts[host];
    const ns = h ? h.latency : k.network.dnsFailure;
    const result = h ? { status: h.status, body: h.body, url: c.url } : { err: 'ENOTFOUND' };
    block(k, s, task, { kind: 'io', what: h ? `${c.method} ${c.url}` : `DNS lookup of ${host || c.url}`, until: s.clock + ns, result }, s.clock + ns);
    return SUSPEND;
  },
};

/** Every syscall the kernel knows, by name (a frontend checks what a program asks for against it). */
export const SYSCALL_OPS: ReadonlySet<string> = new Set(Object.keys(HANDLERS));

/** Performs `call` for `task`, which is running. */
export function syscall(k: Ctx, s: KernelState, task: Task, call: Syscall): unknown | Suspend {
  const handler = HANDLERS[call.op] as Handler<SyscallOp> | undefined;
  if (!handler) panic(`unknown syscall ${JSON.stringify(call.op)}`);
  return handler(k, s, task, call as never);
}

/** Syscalls that only read or name things: not worth a trace line each. */
export const QUIET_OPS: ReadonlySet<string> = new Set(['getpgid', 'getsid', 'time', 'loadavg', 'getpid', 'getppid', 'label', 'semvalue', 'evget', 'qsize', 'qempty', 'status', 'bstate']);

/** Routes a write to fd 1 or 2: the terminal, nowhere, or a pipe. */
function write(k: Ctx, s: KernelState, task: Task, fd: number, text: string): number | ErrResult {
  const proc = procOfTask(s, task);
  const target = proc.stdio[fd];
  if (target === undefined) return { err: 'EBADF' };
  if (target === 'null') return text.length;
  if (target === 'tty') {
    k.fp?.touch(fpKey(FP.out, fd), true);
    k.output.push({ t: s.clock, pid: task.pid, fd, text });
    emit(k, s, cpuOf(task), task.pid, task.tid, { kind: 'write', fd, text });
    return text.length;
  }
  const end = objAt(s, target) as ConnObj;
  const peer = objAt(s, end.peer) as ConnObj;
  k.fp?.touch(fpKey(FP.refs, peer.id), false);
  if (peer.refs === 0) return { err: 'EPIPE' };
  k.fp?.touch(fpKey(FP.obj, peer.id), true);
  deliver(k, s, peer, message(text, JSON.stringify(text), task.pid));
  return text.length;
}

/** Reads from fd 0: a line (or all that is left) of the terminal's input, or the next chunk of a pipe; '' at EOF. */
function read(k: Ctx, s: KernelState, task: Task, fd: number, line: boolean): unknown {
  const proc = procOfTask(s, task);
  const source = proc.stdio[fd];
  if (source === undefined) return { err: 'EBADF' };
  if (source === 'null') return '';
  if (source === 'tty') {
    k.fp?.touch(fpKey(FP.stdin, 0), true);
    const rest = k.stdin.slice(s.stdinPos);
    const nl = rest.indexOf('\n');
    const chunk = line && nl >= 0 ? rest.slice(0, nl + 1) : rest;
    s.stdinPos += chunk.length;
    return chunk;
  }
  const r = recv(k, s, task, source, null);
  if (typeof r === 'object' && r !== null && 'err' in r) return r.err === 'EOF' ? '' : r;
  return r;
}

const cpuOf = (task: Task): number => (task.state.tag === 'running' ? task.state.cpu : -1);

/** The timer of a blocked task fired: its sleep ended or its blocking call timed out. */
export function timeout(k: Ctx, s: KernelState, task: Task): void {
  const st = task.state;
  if (st.tag !== 'blocked') panic(`timer fired for task ${task.tid} in state ${st.tag}`);
  const on = st.on;
  switch (on.kind) {
    case 'sleep':
      wakeup(k, s, task.tid, null, { why: 'timer' });
      return;
    case 'io':
      wakeup(k, s, task.tid, on.result ?? null, { why: 'io', what: on.what });
      return;
    case 'tjoin':
      wakeup(k, s, task.tid, { err: 'TIMEOUT' }, { why: 'timeout' });
      return;
    case 'wait':
    case 'pause':
    case 'stopped':
      panic(`${on.kind} of task ${task.tid} has a timer`);
    // falls through: panic does not return
    case 'ipc': {
      const obj = objAt(s, on.obj);
      k.fp?.touch(fpKey(FP.obj, obj.id), true);
      if (obj.kind === 'cond') {
        k.fp?.touch(fpKey(FP.obj, obj.lock), true);
        const i = obj.waiters.indexOf(task.tid);
        if (i >= 0) obj.waiters.splice(i, 1);
        relock(k, s, obj as CondObj, task.tid, false);
        return;
      }
      if (obj.kind === 'barrier') {
        breakBarrier(k, s, obj as BarrierObj);
        return;
      }
      unwait(s, on.obj, task.tid);
      wakeup(k, s, task.tid, TIMEOUT_RESULTS[on.op], { why: 'timeout' });
      return;
    }
    default: {
      const never: never = on;
      panic(`unknown block reason ${JSON.stringify(never)}`);
    }
  }
}

/** What each blocking operation returns when its timeout expires. */
const TIMEOUT_RESULTS: Record<string, unknown> = {
  get: { err: 'EMPTY' },
  put: { err: 'FULL' },
  join: { err: 'TIMEOUT' },
  recv: { err: 'TIMEOUT' },
  send: { err: 'TIMEOUT' },
  poll: false,
  acquire: false,
  wait: false,
};
