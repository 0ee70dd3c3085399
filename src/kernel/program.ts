/**
 * What the kernel runs: an address space holding one or more tasks' program state.
 *
 * The kernel never looks inside. It asks an address space to run a task for a CPU
 * budget and gets back either a syscall (with the CPU time spent reaching it) or
 * "budget spent". Results of syscalls come back through `run`'s `resume` argument.
 * Between two syscalls a program touches only its own memory, so the kernel may let
 * it run ahead of the global clock: nothing it does is visible until its next syscall.
 */
import { panic } from './panic.js';
import type { Image, Syscall } from './syscalls.js';
import type { CostParams } from './params.js';
import type { Ns, Pid, Tid } from './types.js';

export interface RunResult {
  /** CPU time spent, 0 <= used <= budget. */
  used: Ns;
  /** The syscall the task makes after `used`, or null when the budget ran out first. */
  call: Syscall | null;
  /**
   * Bytes of an allocation the program's memory limit (params.maxMemory) refused during
   * this run (the program got its language's error, e.g. MemoryError); absent when none.
   */
  refused?: number;
  /** Which limit refused it: the process's own (maxMemory, the default) or what the machine had left (machineMemory). */
  refusedBy?: 'maxMemory' | 'machineMemory';
  /**
   * Bytes the program holds now, as far as it knows (in the sizes maxMemory counts);
   * absent when it does not count. The kernel adds it up over processes for
   * params.machineMemory.
   */
  resident?: number;
}

export interface AddressSpace {
  /**
   * Runs task `tid` for at most `budget` ns of CPU time. `resume` is the result of the
   * task's previous syscall (undefined on its first run). Must not throw for guest
   * errors: a guest program that fails writes its message and makes an `exit` syscall.
   * `room`: bytes this process may hold before the machine's memory is full (what
   * params.machineMemory leaves after every other process's `resident`); `share`: its
   * fair part of what is free (free bytes / processes), which tells a program that
   * counts its memory how stale its `resident` may get.
   */
  run(tid: Tid, budget: Ns, resume: unknown, room?: number, share?: number): RunResult;
  /**
   * fork(): a copy of this address space in which task `childTid` continues from task
   * `tid`'s fork syscall and will receive 0 as its result. `childPid` is the new pid.
   */
  fork(tid: Tid, childTid: Tid, childPid: Pid): AddressSpace;
  /** Where task `tid` is, as 'file:line' (or '' when it has no source position). */
  where(tid: Tid): string;
  /**
   * Asks the program to report where it is (`where`) from now on, and its forked
   * copies too. For languages where knowing costs something on every operation
   * (TypeScript: a stack capture), `where` says '' until asked. Called before the first run.
   */
  trackWhere?(): void;
  /**
   * A `thread` syscall created task `tid` in this address space: it will run the entry
   * the program registered as `entry`. Called before the task first runs.
   */
  startThread?(tid: Tid, entry: number): void;
  /**
   * The caught signals of `tid`'s process (bit n: signal n) that arrived since it last
   * ran: the program runs their handlers before it goes on (in signal order), as if
   * they were called at the point where it stands. `tid` is always the process's main
   * task. Called just before `run`; a blocking call that was interrupted gets EINTR as
   * its result (syscalls.ts: Interrupted). Without it, the process cannot catch signals.
   */
  signal?(tid: Tid, sigs: number): void;
  /**
   * What a fresh process running this program does with signals from its first
   * instruction (CPython catches SIGINT to raise KeyboardInterrupt): bit masks of
   * the caught and the ignored ones. A forked copy keeps its parent's instead.
   */
  readonly signals?: { readonly catch: number; readonly ignore: number };
  /**
   * True when the program has a global interpreter lock: at most one of its threads
   * runs at a time (Python). Threads of other address spaces run in parallel.
   */
  readonly gil?: boolean;
  /**
   * True when the program is a reference-counting interpreter (CPython): after a fork, parent
   * and child write to pages all over the heap they share (every object a statement touches
   * has its count written), so each takes copy-on-write faults on top of the fork itself
   * (`params.cowFaults`, `cowFaultsChild`). A small compiled program (a TypeScript
   * scenario's) touches few pages.
   */
  readonly refcounted?: boolean;
  /**
   * A snapshot of this address space as it is now, from which `restore` builds an
   * independent copy any number of times (checkpoints: time travel re-executes from
   * them), or null when none can be taken at this instant (try again after a later
   * run). Without it, a machine holding this space cannot be checkpointed.
   */
  snapshot?(): SpaceSnapshot | null;
  /** Whether `snapshot` would give one now, without taking it (an explorer looks for where it can). */
  canSnapshot?(): boolean;
  /**
   * What a person stepping through the run sees of task `tid`'s program: its frames
   * with their variables, innermost first, values as the language writes them (null:
   * nothing to show). Reads only; the kernel never calls it.
   */
  inspect?(tid: Tid): ProgramView | null;
}

/** A variable and its value, written as the program's language writes it (a Python repr, JSON). */
export interface Variable {
  name: string;
  value: string;
  /** True for code rather than data: a function, a class, a method (what a program defines or imports); shown apart. */
  code?: boolean;
}

export interface FrameView {
  /** The function (or '<module>'). */
  name: string;
  file: string;
  line: number;
  locals: Variable[];
}

export interface ProgramView {
  /** Innermost first. */
  frames: FrameView[];
  /** The module the innermost program frame runs in: its name ('__main__', '__mp_main__') and globals. */
  module: string;
  globals: Variable[];
  /** What a multiprocessing Manager's server process holds for its clients (its shared dicts and lists), by id: absent elsewhere. */
  managed?: Variable[];
}

/** An address space frozen at one instant (see AddressSpace.snapshot). */
export interface SpaceSnapshot {
  /** A fresh address space in the state the snapshot was taken in. */
  restore(): AddressSpace;
}

/** Everything a loader learns about the process it is loading a program into. */
/**
 * How a program's standard output reaches fd 1 (and its errors fd 2), as CPython decides
 * it from how it was started:
 * - 'print' (the default, which the snapshots were recorded with): every print() is two
 *   writes, its text and then its end;
 * - 'unbuffered' (python -u, PYTHONUNBUFFERED, IDEs): every write() is a write, so
 *   print('a', 1) is four (each argument, the separator, the end);
 * - 'line' (stdout is a terminal): one write per line, or at flush();
 * - 'block' (stdout is a pipe or a file): 8 KiB blocks, written when full, at flush()
 *   or at exit — lost if the process is killed or calls os._exit(), and duplicated by an
 *   os.fork() while pending. stderr is line-buffered under 'line' and 'block' (3.9+).
 */
export type Buffering = 'print' | 'unbuffered' | 'line' | 'block';

export const BUFFERINGS: readonly Buffering[] = ['print', 'unbuffered', 'line', 'block'];

export interface LoadContext {
  pid: Pid;
  tid: Tid;
  ppid: Pid;
  platform: 'linux' | 'windows' | 'macos';
  /** How many CPUs the machine has (what os.cpu_count() reports). */
  cpus: number;
  /** The run's seed: programs derive their unseeded randomness from it (and from their pid). */
  seed: number | string;
  /** The cost model (a VM charges `params.instruction` per instruction). */
  params: CostParams;
  /** How the program's standard streams are buffered (default 'print'). */
  buffering?: Buffering;
}

/**
 * Builds the address space of a new process from an image (spawn, subprocess, the main
 * program), or returns null when the image names no program that exists (spawn then
 * fails with ENOENT, as execve does).
 */
export type Loader = (image: Image, ctx: LoadContext) => AddressSpace | null;

/** The loader a machine is built with: image kind → the frontend that builds its address space. */
export function composeLoader(frontends: Readonly<Record<string, Loader>>): Loader {
  return (image: Image, ctx: LoadContext): AddressSpace | null => {
    const load = frontends[image.kind];
    if (!load) panic(`no frontend loads images of kind '${image.kind}'`);
    return load(image, ctx);
  };
}
