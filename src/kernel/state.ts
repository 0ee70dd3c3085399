/** Building the initial state, and looking things up in it. */
import { LOAD_FREQ } from './loadavg.js';
import { panic } from './ctx.js';
import { emptyRunq } from './policies/policy.js';
import { tableAll, tableGet } from './table.js';
import type { Cpu, KObject, KernelState, Pid, Proc, Task, Tid } from './types.js';

export const MAX_CPUS = 30; // the idle set is a bitmask in one number

/** Buckets of the pid → slot index (a power of two). */
export const PID_BUCKETS = 64;

const BUCKET_BITS = 6; // log2(PID_BUCKETS)

/**
 * The slot of `pid` in the process table, if it exists. Bucket `pid % 64` keys it by
 * `pid >> 6`: small integer keys keep V8's fast elements (a key like 1000 on an empty
 * object makes it a dictionary, slow to build at every boot).
 */
export const pidSlotOf = (s: KernelState, pid: Pid): number | undefined => s.pidSlot[pid & (PID_BUCKETS - 1)]?.[pid >> BUCKET_BITS];

export function setPidSlot(s: KernelState, pid: Pid, slot: number): void {
  // Buckets are made when first used: a machine that boots for every explored run makes few.
  const b = pid & (PID_BUCKETS - 1);
  const bucket = s.pidSlot[b] ?? (s.pidSlot[b] = {});
  bucket[pid >> BUCKET_BITS] = slot;
}

/** A CPU, idle. */
export const newCpu = (id: number): Cpu => ({ id, task: -1, at: 0, pending: 'none', sliceEnd: 0, last: -1 });

export function initialState(cpus: number, levels: number, firstPid: number): KernelState {
  if (cpus < 1 || cpus > MAX_CPUS) panic(`cpus must be 1..${MAX_CPUS}, got ${cpus}`);
  const cpuList: Cpu[] = [];
  for (let id = 0; id < cpus; id++) cpuList.push(newCpu(id));
  return {
    clock: 0,
    procs: [],
    nprocs: 0,
    live: 0,
    limitHits: 0,
    memoryHits: 0,
    machineHits: 0,
    memTotal: 0,
    pidSlot: [],
    tasks: [],
    ntasks: 0,
    cpus: cpuList,
    idle: (1 << cpus) - 1,
    runq: emptyRunq(levels),
    nready: 0,
    avenrun: [0, 0, 0],
    loadNext: LOAD_FREQ,
    gilThreads: 0,
    timers: null,
    objects: [],
    nobjects: 0,
    seq: 0,
    nextPid: firstPid,
    end: null,
    stdinPos: 0,
    fs: { '/': { kind: 'dir' } },
  };
}

export function taskAt(s: KernelState, tid: Tid): Task {
  const t = tableGet(s.tasks, tid);
  if (t === undefined) panic(`no task ${tid}`);
  return t;
}

export function findProc(s: KernelState, pid: Pid): Proc | undefined {
  const slot = pidSlotOf(s, pid);
  return slot === undefined ? undefined : tableGet(s.procs, slot);
}

export function procOf(s: KernelState, pid: Pid): Proc {
  const p = findProc(s, pid);
  if (p === undefined) panic(`no process ${pid}`);
  return p;
}

/** The main program's process: the third in the table, after init and the shell that started it (kernel.ts: the constructor). */
export function mainProc(s: KernelState): Proc {
  const p = tableGet(s.procs, 2);
  if (p === undefined || p.origin !== 'main') panic('the process in slot 2 is not the main program');
  return p;
}

/** The process a task belongs to. */
export function procOfTask(s: KernelState, task: Task): Proc {
  const p = tableGet(s.procs, task.slot);
  if (p === undefined) panic(`task ${task.tid} has no process in slot ${task.slot}`);
  return p;
}

export function objAt(s: KernelState, id: number): KObject {
  const o = tableGet(s.objects, id);
  if (o === undefined) panic(`no object ${id}`);
  return o;
}

export function findObj(s: KernelState, id: number): KObject | undefined {
  return tableGet(s.objects, id);
}

/** Every process, in creation order (for reading: renderers, reports, scans). */
export const allProcs = (s: KernelState): Proc[] => tableAll(s.procs);
export const allTasks = (s: KernelState): Task[] => tableAll(s.tasks);
export const allObjects = (s: KernelState): KObject[] => tableAll(s.objects);
