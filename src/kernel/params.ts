/**
 * The cost model and the machine's limits: what things cost in virtual time, in
 * nanoseconds, and how much of a resource the simulated machine has.
 *
 * One table for every number, so that a reader can argue with them, with the range
 * each may take (a value outside it is refused before a run starts: a zero instruction
 * cost or a zero-byte pipe would make a run that never advances). The defaults are the
 * orders of magnitude of CPython 3.11 on Linux on a ~3 GHz machine (the fork figures
 * were measured on this kind of 2-core machine); costs shape timing (who gets where
 * first), never correctness. A scenario or the CLI may override any of them
 * (`--param name=value`).
 */
import { S, US, formatDuration } from './time.js';
import type { Ns } from './types.js';

export interface CostParams {
  /** One VM instruction (CPython 3.11 runs simple bytecodes at ~4–5 ns: `balance = balance + n` ~45 ns). */
  instruction: Ns;
  /** Entering and leaving the kernel for a cheap syscall (getpid, a pipe poll). */
  syscall: Ns;
  /** An uncontended lock or semaphore operation, or a shared-memory access: a futex fast path in
   *  user space, no kernel entry (a contended one still blocks in the kernel). */
  futex: Ns;
  /** Moving a message through a pipe or queue (a write/read of a few hundred bytes, pickling aside). */
  message: Ns;
  /**
   * Pickling or unpickling an object that a Python process sends or receives (a multiprocessing
   * queue's put and get, a Connection's send and recv, a manager's request and reply, a pool's
   * task and result), charged at each end on top of `message`: CPython's pickle call, the
   * Connection's framing code (Python, two reads per message) and the queue's lock. Measured with
   * CPython 3.11 here (load 15, best of 5): a small object's SimpleQueue.put took 9-12 µs of CPU and
   * its get 7-10 µs, a Pipe's send 6-10 µs and recv 5-10 µs; forkscope charged 2.1-2.3 µs for each.
   */
  pickle: Ns;
  /**
   * The same, per KiB of the pickled message (`pickleCost`): CPython's dumps and loads together took
   * ~1 µs a KiB of a str and 8-27 µs a KiB of a list of ints or strs; one figure between them.
   */
  picklePerKiB: Ns;
  /** Putting a different task on a CPU: saving and restoring registers, cache warm-up. */
  contextSwitch: Ns;
  /** fork() in the parent: copying the page tables of an interpreter process
   *  (CPython 3.11's os.fork() returned in the parent after ~390 µs here). */
  fork: Ns;
  /**
   * fork() in the parent, per MiB its program holds past the first (in the memory count's
   * sizes, python/vm/heapsize.ts): the page tables of a larger process take longer to copy
   * (CPython 3.11's os.fork() here: 0.9 ms holding nothing, 1.2 ms at 12 MiB, 2.1 ms at
   * 37 MiB, 3.2 ms at 67 MiB — about 35 µs a MiB, loaded machine). The first MiB is within
   * `fork`'s own spread (every shipped example holds less), so only large heaps pay it.
   */
  forkPerMiB: Ns;
  /** A forked child's start: copy-on-write faults on the pages it touches, re-initialising after fork
   *  (a CPython child ran its first statement ~1.06 ms after the fork call, ~670 µs after the parent's return). */
  forkChild: Ns;
  /**
   * The copy-on-write faults a reference-counting interpreter's parent takes after a fork (added to
   * `fork` when the program is one, AddressSpace.refcounted): every object it touches while the child
   * shares its pages has its count written, so those pages are copied one by one. Measured here with
   * CPython 3.11: multiprocessing's Process.start() cost the parent 1.8-2.9x the CPU of a bare
   * os.fork() whose child exits at once, 310-740 µs more than the 390 µs above.
   */
  cowFaults: Ns;
  /**
   * The same faults in the child, added to `forkChild`: a Process child reached run() after 1.6-1.7x
   * the CPU a bare os.fork() child had used at its first statement, 400-470 µs more than 670 µs.
   */
  cowFaultsChild: Ns;
  /** Starting a fresh interpreter (spawn): exec, imports, unpickling the bootstrap. */
  spawn: Ns;
  /** Creating a process for a virtual command (subprocess): fork + exec of a small binary. */
  exec: Ns;
  /**
   * Starting a thread: the OS thread and its interpreter state; CPython's Thread.start() returns once
   * it runs (CPython 3.11 here: _thread.start_new_thread 80-90 us, Thread.start() 220-380 us).
   */
  thread: Ns;
  /** Leaving an interpreter normally: atexit handlers, module teardown, final flushes (not os._exit). */
  shutdown: Ns;
  /** A fatal signal reaching a task running on another CPU: the interrupt and the kernel's exit path. */
  signal: Ns;
  /** The longest burst the kernel lets a program run before it looks at the clock again. */
  chunk: Ns;
  /** Timer slack: a timer fires up to this much late; the Chooser picks how late, in `jitterSteps` steps. */
  timerSlack: Ns;
  /** How many options each seeded variation has (timer slack, pace, start-up, wake-up latency; variation.ts). */
  jitterSteps: number;
  /** How much faster or slower than the cost model a task may run, in percent (variation.ts; 0: every task at the nominal speed). */
  paceSpread: number;
  /** How much shorter or longer than `forkChild`/`spawn` an interpreter's start-up may be, in percent (0: nominal). */
  startSpread: number;
  /** The longest a task takes to continue after another task wakes it (a pipe, a lock, a child's exit): the scheduler's wake-up latency. */
  wakeLatency: Ns;
  /**
   * The longest a queue's feeder thread waits for the GIL while its putter runs on without
   * blocking (CPython's switch interval): a poll (Queue.empty(), get_nowait) within it may
   * miss the item (ipc/queue.ts). 0: the feeder writes every item at once.
   */
  feederLatency: Ns;
  /** Events closer together than this may happen in either order; the Chooser decides. */
  raceWindow: Ns;
  /** Bytes a pipe buffers before a sender blocks (Linux: 64 KiB). */
  pipeCapacity: number;
  /**
   * Processes that may exist at once — running, blocked or zombie, init and the shell
   * included — like Linux's RLIMIT_NPROC / pid_max: past it fork and spawn fail with
   * EAGAIN (Python: BlockingIOError). Large enough for teaching programs (a hundred
   * workers), small enough that a fork bomb ends as the guest's error, not the host's.
   */
  maxProcs: number;
  /**
   * Bytes one process may hold (like RLIMIT_AS under CPython): an allocation past it
   * raises MemoryError in the program, long before the host's memory is at risk. Sizes
   * are CPython's (sys.getsizeof), counted over what the program can reach
   * (python/vm/heapsize.ts); the host needs about 1.75 times as much for small objects
   * (lists, instances, dicts), less for ints and strs, and as much again for garbage.
   */
  maxMemory: number;
  /**
   * Bytes the machine's processes may hold together, in the same sizes: an allocation
   * past what is left raises MemoryError in the program that asks, and a fork that would
   * copy more than is left fails with ENOMEM (Python: OSError errno 12), as Linux's
   * fork does when it cannot commit the child's memory. What a runaway program costs the
   * host grows with it — an allocating fork bomb copies ever larger heaps at each fork,
   * about the square of this much in all (bench/limits.mjs) — but a smaller default
   * refuses ordinary programs (a parent holding a million-int list forking a Pool).
   */
  machineMemory: number;
}

/** How a parameter's values are written: a duration (ns, or with a unit) or a plain count. */
export type ParamKind = 'duration' | 'count';

export interface ParamSpec {
  readonly default: number;
  readonly kind: ParamKind;
  /** The smallest and largest value accepted (inclusive). */
  readonly min: number;
  readonly max: number;
}

const d = (value: number, min = 0, max = 60 * S): ParamSpec => ({ default: value, kind: 'duration', min, max });
const n = (value: number, min: number, max: number): ParamSpec => ({ default: value, kind: 'count', min, max });

/** Every parameter: its default and its range. */
export const PARAM_TABLE: { readonly [K in keyof CostParams]: ParamSpec } = {
  instruction: d(6, 1, 1_000_000), // 0 would let a program loop for ever in no time
  syscall: d(250),
  futex: d(40),
  message: d(2_000),
  pickle: d(5_000),
  picklePerKiB: d(4_000),
  contextSwitch: d(2_000),
  fork: d(400_000),
  forkPerMiB: d(35_000),
  forkChild: d(700_000),
  cowFaults: d(600_000),
  cowFaultsChild: d(400_000),
  spawn: d(25_000_000),
  exec: d(1_000_000),
  thread: d(100_000),
  shutdown: d(2_000_000),
  signal: d(30_000),
  chunk: d(10_000_000, US, 10 * S), // below 1us a run is mostly kernel steps; 0 never advances
  timerSlack: d(100_000),
  jitterSteps: n(17, 1, 1_000), // up to 36: one schedule character per decision
  paceSpread: n(15, 0, 90), // 85%-115%: a process's speed varies with caches and clock frequency
  startSpread: n(60, 0, 90), // 40%-160%: start-up times of CPython processes vary widely
  wakeLatency: d(40_000), // Linux: a task woken on a pipe or futex runs some 5-50 us later
  feederLatency: d(5_000_000), // sys.getswitchinterval(); CPython 3.11 here: empty() right after put() was True in 28-78% of runs
  raceWindow: d(1_000),
  pipeCapacity: n(65_536, 1, 1 << 30),
  maxProcs: n(512, 3, 100_000), // init, the shell and the main program
  maxMemory: n(128 * 1024 * 1024, 1024 * 1024, 16 * 1024 * 1024 * 1024), // 1 MiB to 16 GiB
  machineMemory: n(256 * 1024 * 1024, 1024 * 1024, 64 * 1024 * 1024 * 1024), // 1 MiB to 64 GiB
};

export const PARAM_NAMES = Object.keys(PARAM_TABLE) as (keyof CostParams)[];

export const DEFAULT_PARAMS: Readonly<CostParams> = Object.freeze(
  Object.fromEntries(PARAM_NAMES.map((name) => [name, PARAM_TABLE[name].default])) as unknown as CostParams,
);

export const isParamName = (name: string): name is keyof CostParams => Object.hasOwn(PARAM_TABLE, name);

/** Why `value` is not a valid `name`, or null when it is. */
export function paramProblem(name: keyof CostParams, value: number): string | null {
  const spec = PARAM_TABLE[name];
  if (Number.isInteger(value) && value >= spec.min && value <= spec.max) return null;
  if (spec.kind === 'duration') return `--param ${name} must be a duration from ${formatDuration(spec.min)} to ${formatDuration(spec.max)}`;
  return `--param ${name} must be an integer from ${spec.min} to ${spec.max}`;
}

const MiB = 1024 * 1024;

/**
 * What fork() costs the parent when its program holds `held` bytes: `fork`, and
 * `forkPerMiB` for each MiB past the first (whole nanoseconds, so that runs stay exact).
 */
export function forkCost(p: Readonly<CostParams>, held: number): Ns {
  return held <= MiB ? p.fork : p.fork + Math.round(((held - MiB) * p.forkPerMiB) / MiB);
}

/**
 * What pickling (or unpickling) a message of `bytes` costs a Python process: `pickle`, and
 * `picklePerKiB` for each KiB (whole nanoseconds, so that runs stay exact).
 */
export function pickleCost(p: Readonly<CostParams>, bytes: number): Ns {
  return p.pickle + Math.round((bytes * p.picklePerKiB) / 1024);
}
