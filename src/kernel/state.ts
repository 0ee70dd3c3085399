/** Building the initial state, and looking things up in it. */
import { LOAD_FREQ } from './loadavg.js';
import { panic } from './ctx.js';
import { emptyRunq } from './policies/policy.js';
import { tableAll, tableGet } from './table.js';
import type { Cpu, KObject, KernelState, Pid, Proc, Task, Tid } from './types.js';

export const MAX_CPUS = 30; // the idle set is a bitmask in one number

/** Pids per chunk of the pid → slot index (a power of two), and its log2. */
const PID_CHUNK = 32;
const PID_CHUNK_BITS = 5;

/**
 * The slot of `pid` in the process table, if it exists. Pids from the machine's first
 * (`pidBase`) up are allocated in order (windows: multiples of 4, `pidShift` 2), so
 * `(pid - pidBase) >> pidShift` indexes a chunked array densely (chunks of 32: adding a
 * process copies one small chunk under immer); the few pids below it (init) have a
 * record of their own. Each lookup checks the pid it finds: a pid that was never
 * allocated may share an index with one that was (a windows pid that is not a multiple of 4).
 */
export function pidSlotOf(s: KernelState, pid: Pid): number | undefined {
  if (pid < s.pidBase) return s.pidLow[pid];
  const d = (pid - s.pidBase) >> s.pidShift;
  const slot = s.pidSlot[d >> PID_CHUNK_BITS]?.[d & (PID_CHUNK - 1)];
  return slot !== undefined && tableGet(s.procs, slot)?.pid === pid ? slot : undefined;
}

export function setPidSlot(s: KernelState, pid: Pid, slot: number): void {
  if (pid < s.pidBase) {
    s.pidLow[pid] = slot;
    return;
  }
  const d = (pid - s.pidBase) >> s.pidShift;
  const c = d >> PID_CHUNK_BITS;
  const chunk = s.pidSlot[c] ?? (s.pidSlot[c] = []);
  chunk[d & (PID_CHUNK - 1)] = slot;
}

/** A CPU, idle. */
export const newCpu = (id: number): Cpu => ({ id, task: -1, at: 0, pending: 'none', sliceEnd: 0, last: -1 });

/**
 * A machine's first state: no processes yet. Pids are allocated from `firstPid` up, each
 * a multiple of 2^pidShift apart from it (pidSlotOf).
 */
export function initialState(cpus: number, levels: number, firstPid: number, pidShift = 0): KernelState {
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
    pidBase: firstPid,
    pidShift,
    pidSlot: [],
    pidLow: {},
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
