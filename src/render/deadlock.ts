/**
 * The report a run ends with when it cannot go on: who waits on what, who holds what,
 * and — when an object was re-created by a spawned child re-running the main module —
 * why nobody can ever release it.
 */
import { panic } from '../kernel/ctx.js';
import { allObjects, allProcs, allTasks, objAt, procOf, taskAt } from '../kernel/state.js';
import type { KObject, KernelState, Pid, Task } from '../kernel/types.js';
import { formatClock } from '../kernel/time.js';
import { blockedOn, grouped, objectName } from './describe.js';
import { heldBytes } from '../kernel/ipc/queue.js';

export interface Waiter {
  pid: Pid;
  name: string;
  what: string;
  loc: string;
  /** Who could wake it: holders of the object, or the child it waits for. */
  holders: string;
  /** Why nobody will, when the kernel can tell. */
  why: string | null;
}

export function blockedTasks(s: KernelState): Waiter[] {
  const out: Waiter[] = [];
  for (const task of allTasks(s)) {
    if (task.state.tag !== 'blocked') continue;
    out.push(describeWaiter(s, task));
  }
  return out;
}

function describeWaiter(s: KernelState, task: Task): Waiter {
  const st = task.state;
  if (st.tag !== 'blocked') panic(`task ${task.tid} is not blocked`);
  const proc = procOf(s, task.pid);
  const base = { pid: task.pid, name: proc.name, what: blockedOn(s, st.on), loc: task.loc };
  if (st.on.kind !== 'ipc') {
    const holders = st.on.kind === 'wait' ? childList(s, task.pid, st.on.pid) : '';
    return { ...base, holders, why: null };
  }
  const obj = objAt(s, st.on.obj);
  return { ...base, holders: holdersOf(s, obj), why: whyStuck(s, task, obj) };
}

function childList(s: KernelState, pid: Pid, which: Pid): string {
  const kids = procOf(s, pid).children.filter((c) => which === -1 || c === which);
  const state = (c: Pid): string => {
    const p = procOf(s, c);
    return p.status === 'alive' && p.stopped !== 0 ? 'stopped' : p.status;
  };
  return kids.length === 0 ? 'no children' : `children: ${kids.map((c) => `${c} (${state(c)})`).join(', ')}`;
}

/** Processes holding a handle to `obj`, and the owner if it is a lock. */
export function holdersOf(s: KernelState, obj: KObject): string {
  const held = (id: number): string => {
    const pids = allProcs(s).filter((p) => p.status === 'alive' && p.handles[id]).map((p) => p.pid);
    return pids.length === 0 ? 'nobody' : `pid ${pids.join(', ')}`;
  };
  if (obj.kind === 'conn') return `held open by ${held(obj.id)}; its other end by ${held(obj.peer)}`;
  let text = `held open by ${held(obj.id)}`;
  if (obj.kind === 'sem' && obj.owner >= 0) text += `; owned by pid ${taskAt(s, obj.owner).pid}`;
  return text;
}

function whyStuck(s: KernelState, task: Task, obj: KObject): string | null {
  const name = objectName(obj);
  const st = task.state;
  if (obj.kind === 'queue' && st.tag === 'blocked' && st.on.kind === 'ipc' && st.on.op === 'flush') {
    const bytes = grouped(heldBytes(obj, task.pid));
    return `${task.pid} cannot exit: its queue's feeder thread is blocked writing ${bytes} bytes into a full pipe (${name}) that nobody reads`;
  }
  if (obj.kind === 'conn') {
    // Data for this end comes from whoever holds the other end.
    const peer = objAt(s, obj.peer);
    const writers = allProcs(s).filter((p) => p.status === 'alive' && p.handles[peer.id]);
    if (writers.length === 0) return null; // it would have seen EOF
    if (writers.every((p) => p.pid === task.pid)) {
      return `the only holder of the other end of ${name} is this process itself: it can never send to itself while it waits (close the unused end after fork)`;
    }
    return null;
  }
  const others = allProcs(s).filter((p) => p.status === 'alive' && p.pid !== task.pid && p.handles[obj.id]);
  if (obj.origin.rerun && others.length === 0) {
    return `${name} was created by pid ${obj.origin.pid}${obj.origin.loc ? ` at ${obj.origin.loc}` : ''} when it re-ran the main module as __mp_main__ (spawn); it is that process's own copy, no other process holds it, so nobody can ever release it`;
  }
  if (others.length === 0) return `no other live process holds ${name}, so nothing can wake this task`;
  return null;
}

/** The full text of a deadlock report. */
export function deadlockReport(s: KernelState): string {
  const lines = [`forkscope: deadlock at t=${formatClock(s.clock)}s: every live task is blocked and no timer is pending`];
  for (const w of blockedTasks(s)) {
    lines.push(`  pid ${w.pid} (${w.name}) blocked in ${w.what}${w.loc ? ` at ${w.loc}` : ''}`);
    if (w.holders) lines.push(`      ${w.holders}`);
    if (w.why) lines.push(`      why: ${w.why}`);
  }
  for (const obj of allObjects(s)) {
    if (obj.kind === 'sem' && obj.owner >= 0 && taskAt(s, obj.owner).state.tag === 'blocked') {
      lines.push(`  ${objectName(obj)} is held by pid ${taskAt(s, obj.owner).pid}, which is blocked`);
    }
  }
  return lines.join('\n');
}
