/**
 * Process groups and sessions: getpgid, setpgid, getsid and setsid, with setpgid(2)'s and
 * setsid(2)'s rules. A child starts in its parent's group and session (proc.ts addProc);
 * the shell leads its session, and the main program leads a group of its own in it, as a
 * job-control shell arranges. kill(2) to a group is in signal.ts.
 */
import type { Ctx } from './ctx.js';
import { FP, fpKey } from './footprint.js';
import { allProcs, findProc, procOfTask } from './state.js';
import type { ErrResult } from './syscalls.js';
import type { KernelState, Pid, Proc, Task } from './types.js';

function target(k: Ctx, s: KernelState, task: Task, pid: Pid): Proc | ErrResult {
  const p = pid === 0 ? procOfTask(s, task) : findProc(s, pid);
  k.fp?.touch(fpKey(FP.proc, p?.pid ?? pid), false);
  return p === undefined || p.status === 'exited' ? { err: 'ESRCH' } : p;
}

export function getpgid(k: Ctx, s: KernelState, task: Task, pid: Pid): Pid | ErrResult {
  const p = target(k, s, task, pid);
  return 'err' in p ? p : p.pgid;
}

export function getsid(k: Ctx, s: KernelState, task: Task, pid: Pid): Pid | ErrResult {
  const p = target(k, s, task, pid);
  return 'err' in p ? p : p.sid;
}

/**
 * setpgid(2): moves the caller or one of its children (not yet past an exec, which we do not
 * track: any child) into group `pgid` of the same session — a new group led by it when
 * pgid is its own pid. A session leader cannot move (EPERM).
 */
export function setpgid(k: Ctx, s: KernelState, task: Task, pid: Pid, pgid: Pid): 0 | ErrResult {
  if (pgid < 0) return { err: 'EINVAL' };
  const self = procOfTask(s, task);
  const p = target(k, s, task, pid);
  if ('err' in p) return p;
  if (p !== self && p.ppid !== self.pid) return { err: 'ESRCH' };
  if (p.sid !== self.sid || p.sid === p.pid) return { err: 'EPERM' };
  const group = pgid === 0 ? p.pid : pgid;
  if (group !== p.pid) {
    const exists = allProcs(s).some((q) => q.pgid === group && q.sid === self.sid && q.status !== 'exited');
    if (!exists) return { err: 'EPERM' };
  }
  k.fp?.touch(fpKey(FP.proc, p.pid), true);
  p.pgid = group;
  return 0;
}

/** setsid(2): the caller leads a new session and group, unless it already leads a group (EPERM). */
export function setsid(k: Ctx, s: KernelState, task: Task): Pid | ErrResult {
  const self = procOfTask(s, task);
  k.fp?.touch(fpKey(FP.proc, self.pid), true);
  if (self.pgid === self.pid) return { err: 'EPERM' };
  self.pgid = self.pid;
  self.sid = self.pid;
  return self.pid;
}
