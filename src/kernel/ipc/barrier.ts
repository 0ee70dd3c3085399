/**
 * Barriers: `parties` tasks wait until all have arrived; each gets its arrival index.
 * A timeout or an abort breaks the barrier: every waiter, and every later wait, fails.
 */
import { FP, fpKey } from '../footprint.js';
import { type Ctx, SUSPEND, type Suspend } from '../ctx.js';
import { block, wakeup } from '../sched.js';
import { procOf, procOfTask, taskAt } from '../state.js';
import type { ErrResult, Timeout } from '../syscalls.js';
import type { BarrierObj, KernelState, Task } from '../types.js';
import { base, create, useHandle } from './handles.js';
import { objRef } from '../trace.js';

export function barrier(k: Ctx, s: KernelState, task: Task, parties: number, label: string): number {
  return create(
    k,
    s,
    procOfTask(s, task),
    Object.assign(base(s, task, label), { kind: 'barrier' as const, parties, arrived: 0, generation: 0, broken: false }),
  ).id;
}

export function barrierOf(s: KernelState, task: Task, h: number): BarrierObj | ErrResult {
  const obj = useHandle(s, procOfTask(s, task), h);
  if ('err' in obj) return obj;
  return obj.kind === 'barrier' ? obj : { err: 'EBADF' };
}

export function bwait(k: Ctx, s: KernelState, task: Task, h: number, timeout: Timeout): number | ErrResult | Suspend {
  const b = barrierOf(s, task, h);
  if ('err' in b) return b;
  k.fp?.touch(fpKey(FP.obj, b.id), true);
  if (b.broken) return { err: 'BROKEN' };
  const index = b.arrived++;
  if (b.arrived === b.parties) {
    for (const tid of b.waiters.splice(0)) {
      const st = taskAt(s, tid).state;
      const slot = st.tag === 'blocked' && st.on.kind === 'ipc' && st.on.then?.do === 'slot' ? st.on.then.index : 0;
      wakeup(k, s, tid, slot, { why: 'passed', obj: objRef(b) });
    }
    b.arrived = 0;
    b.generation++;
    return index;
  }
  if (timeout === 0) {
    breakBarrier(k, s, b);
    return { err: 'BROKEN' };
  }
  b.waiters.push(task.tid);
  const until = timeout === null ? null : s.clock + timeout;
  block(k, s, task, { kind: 'ipc', obj: b.id, op: 'wait', until, then: { do: 'slot', index } }, until);
  return SUSPEND;
}

export function breakBarrier(k: Ctx, s: KernelState, b: BarrierObj): void {
  b.broken = true;
  b.arrived = 0;
  for (const tid of b.waiters.splice(0)) wakeup(k, s, tid, { err: 'BROKEN' }, { why: 'broken', obj: objRef(b) });
}
