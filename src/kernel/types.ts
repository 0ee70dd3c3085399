/**
 * The kernel's state: one value, JSON-serialisable. Records are plain objects and arrays;
 * its immutable leaves (task states, messages, the nodes of persistent structures) are
 * small data-only classes (values.ts, persistent.ts) that immer keeps by reference.
 *
 * Everything a renderer or the TUI needs to draw one instant of a run lives here.
 * What does not (the programs' heaps, syscall payloads in flight, the trace and
 * the output stream, which only grow) lives beside it in the `Runtime` and the
 * `Log` (see kernel.ts), so that keeping every past state costs little.
 */

import type { Fifo, Heap } from './persistent.js';
import type { Table } from './table.js';

export type Pid = number;
export type Tid = number;
export type Ns = number;

/** Why a task is blocked: each variant names the thing it waits for. */
export type BlockReason =
  | { kind: 'sleep'; until: Ns }
  | { kind: 'wait'; pid: Pid; untraced?: boolean; continued?: boolean } // waitpid: a child pid, or -1 for any child; untraced/continued: a stop or continue also ends the wait
  | { kind: 'tjoin'; tid: Tid; until: Ns | null } // a thread of the same process
  | { kind: 'ipc'; obj: number; op: IpcOp; until: Ns | null; then?: Then; bytes?: number } // bytes: what a 'flush' waits to write
  | { kind: 'io'; what: string; until: Ns; result?: unknown } // result: what the I/O call returns when it completes
  | { kind: 'pause' } // signal.pause(): until a caught signal arrives
  // its process is stopped (stop.ts) until SIGCONT; until: the deadline of the call it was making, which runs again then
  | { kind: 'stopped'; sig: number; until: Ns | null }

/** What happens when a task blocked on a lock gets it, besides returning true. */
export type Then =
  | { do: 'relock'; count: number; result: boolean } // Condition.wait re-acquiring its lock
  | { do: 'slot'; index: number } // Barrier.wait: the arrival index it will return
  | { do: 'cell'; cell: number; index: number; write: boolean; value: number | string }; // a Value access waiting for its lock

export type IpcOp =
  | 'get' | 'put' | 'join' // queues
  | 'flush' // a queue's feeder thread writing a process's data into its pipe (Queue.join_thread, exit)
  | 'recv' | 'send' | 'poll' // connections
  | 'acquire' // locks and semaphores (also the re-acquire after Condition.wait)
  | 'wait'; // events, conditions, barriers

/** A task's state: the six states of DESIGN.md, each carrying only its own fields. */
export type TaskState =
  | { tag: 'ready'; since: Ns }
  | { tag: 'running'; cpu: number; since: Ns }
  | { tag: 'interrupted'; since: Ns }
  | { tag: 'blocked'; on: BlockReason; since: Ns; timer: number } // timer: seq of its armed timer, or -1
  | { tag: 'zombie'; status: number; since: Ns }
  | { tag: 'exited'; status: number; since: Ns };

export type TaskTag = TaskState['tag'];
export const TASK_TAGS: readonly TaskTag[] = ['ready', 'running', 'interrupted', 'blocked', 'zombie', 'exited'];

/**
 * A task: the schedulable unit. Only what the kernel needs to decide the next step
 * lives here; its history (time running, waiting, switches) is in the trace, from
 * which metrics.ts derives OSTEP's metrics. Flat, so that a step that changes a task
 * copies one small record under immer.
 */
export interface Task {
  tid: Tid;
  pid: Pid;
  /** Its process's slot in the process table (saves a pid lookup). */
  slot: number;
  state: TaskState;
  // scheduling: any policy may use these; unused ones stay at their defaults
  nice: number;
  level: number; // mlfq queue (0 = highest)
  allot: Ns; // mlfq: time used at the current level
  vruntime: number; // cfs
  tickets: number; // lottery
  lastCpu: number; // the CPU it last ran on (-1: none), preferred when idle
  /** CPU time still owed before the pending syscall takes effect (set when preempted mid-burst). */
  debt: Ns;
  /** Name of the syscall the task is about to make, or '' (for display). */
  op: string;
  /** Source position of the task, as last reported by its program (file:line), or ''. */
  loc: string;
  /** A fatal signal delivered but not yet acted on (0: none): the task exits when it next runs. */
  killed: number;
  /** Its speed, in percent of the cost model's time per instruction and syscall (variation.ts). */
  pace: number;
  /** CPU time it has run, up to its last time off a CPU (time.thread_time). */
  cpu: Ns;
}

export type ProcStatus = 'alive' | 'zombie' | 'exited';

export interface Proc {
  pid: Pid;
  ppid: Pid;
  /** The parent that created it, kept when it is reparented to init. */
  origPpid: Pid;
  name: string;
  /** What it runs: the program's label (file, command, or 'fork of N'). */
  image: string;
  children: Pid[];
  tasks: Tid[];
  status: ProcStatus;
  /** Raw wait status (exit code << 8, or the signal number), once terminated. */
  wstatus: number;
  /** Kernel objects it holds: object id → number of handles. */
  handles: Record<number, number>;
  /** Where fds 0, 1 and 2 go: 'tty', 'null', or a connection object id. */
  stdio: [Stdio, Stdio, Stdio];
  created: Ns;
  ended: Ns; // -1 while alive
  /** How its program was started: the first process, by fork, or by spawn. */
  origin: 'init' | 'main' | 'fork' | 'spawn';
  /** At most one of its tasks runs at a time (a global interpreter lock). */
  gil: boolean;
  /** Its tasks on a CPU now: the GIL check reads it, in O(1) however many threads the process has. */
  running: number;
  /** Signals it catches (bit n: signal n); its program runs their handlers (signal.ts). */
  sigcatch: number;
  /** Signals it ignores (bit n: signal n). The rest have their default action. */
  sigign: number;
  /** Caught signals sent and not yet handed to its program. */
  sigpend: number;
  /** The seq of its armed alarm's timer entry, or -1 (signal.ts). */
  alarm: number;
  /** When that alarm fires. */
  alarmAt: Ns;
  /** The alarm's interval (setitimer's it_interval): it re-arms itself this long after each expiry; 0: once. */
  alarmEvery: Ns;
  /** How many times its tasks have blocked: each time its threads let go of the GIL (a queue's feeder thread writes then). */
  blocks: number;
  /** Bytes its program holds, as its address space last reported (0 once it has exited): the machine's memory counts them. */
  mem: number;
  /** CPU time its tasks have run, up to their last time off a CPU (getrusage(RUSAGE_SELF), os.times). */
  cpu: Ns;
  /** CPU time of the children it has reaped, theirs and their own reaped children's (RUSAGE_CHILDREN). */
  ccpu: Ns;
  /** The signal that stopped it (SIGSTOP, SIGTSTP, ...), or 0 while it is not stopped (stop.ts). */
  stopped: number;
  /** The wait status of a stop or a continue its parent has not yet collected with waitpid(WUNTRACED / WCONTINUED), or 0. */
  report: number;
  /** Its process group and session (setpgid(2), setsid(2)): a child starts in its parent's; the main program leads a group of its own in the shell's session. */
  pgid: Pid;
  sid: Pid;
}

export type Stdio = 'tty' | 'null' | number;

export interface Cpu {
  id: number;
  /** The running task, or -1 when idle. */
  task: Tid;
  /** When the pending event of the running task happens (its local clock). */
  at: Ns;
  /** What happens at `at`. */
  pending: 'syscall' | 'slice' | 'chunk' | 'signal' | 'none';
  /** Where the current slice ends. */
  sliceEnd: Ns;
  /** The last task that ran here (a switch to another costs a context switch). */
  last: Tid;
}

/** A message held by a kernel object: the payload as its sender encoded it, and a short repr to show
 *  (an immutable value: values.ts). */
/** An item put into a queue, as a poll asks whether its feeder thread has written it yet. */
export interface Fed {
  /** When it was put, by which process, and that process's `blocks` count then. */
  readonly at: Ns;
  readonly pid: Pid;
  readonly blocks: number;
}

export interface Msg {
  readonly data: string;
  readonly repr: string;
  readonly from: Pid;
  readonly size: number;
  /** Objects the message carries: the receiver gets a handle to each. */
  readonly handles: readonly number[];
}

export interface Origin {
  pid: Pid;
  /** file:line of the creating code, when the program reported one. */
  loc: string;
  /** True when created while a spawned child re-ran the main module (as __mp_main__). */
  rerun: boolean;
}

interface ObjBase {
  id: number;
  /** The name a program gave it (a variable name, say), for reports and the TUI. */
  label: string;
  origin: Origin;
  /** Tasks blocked on this object, in the order they blocked. */
  waiters: Tid[];
  /** Total handles held by all processes. */
  refs: number;
}

/** One end of a pipe. `send` appends to the peer's buffer; `recv` takes from its own. */
export interface ConnObj extends ObjBase {
  kind: 'conn';
  peer: number;
  readable: boolean;
  writable: boolean;
  buf: Fifo<Msg>;
  bytes: number; // bytes buffered at this end
  capacity: number; // the most bytes its buffer holds before senders block
}

/**
 * A multiprocessing queue: a pipe of finite capacity that the putters' feeder threads
 * write into (ipc/queue.ts). `items` are in the pipe; `backlog` holds what feeder threads
 * still have to write because the pipe is full, in order (each message names its sender).
 */
export interface QueueObj extends ObjBase {
  kind: 'queue';
  maxsize: number; // <= 0: unbounded
  items: Fifo<Msg>;
  /** Bytes of the items in the pipe. */
  bytes: number;
  /** The most bytes the pipe holds (Linux: 64 KiB); -1: no pipe underneath (TypeScript programs' queues). */
  capacity: number;
  /** Messages feeder threads have not yet written into the pipe. */
  backlog: Fifo<Msg>;
  /**
   * Whether puts go through a feeder thread that may not have written an item yet when
   * put() returns (multiprocessing.Queue; not SimpleQueue, whose put writes the pipe itself).
   */
  lags: boolean;
  /** The last `feed.size` items in the pipe, as their feeder threads may still be writing them for a poll (ipc/queue.ts). */
  feed: Fifo<Fed>;
  /** Messages whose feeder died with its process before writing them (qsize still counts them, as CPython's semaphore does). */
  lost: number;
  unfinished: number; // JoinableQueue: puts not yet matched by task_done
  /** Tasks blocked in put (waiting for room), kept apart from getters. */
  putters: Tid[];
  /** Tasks blocked in join (waiting for unfinished == 0). */
  joiners: Tid[];
  /** Tasks blocked in qflush (waiting for their process's backlog to reach the pipe). */
  flushers: Tid[];
}

export type SemFlavor = 'lock' | 'rlock' | 'semaphore' | 'bounded';

export interface SemObj extends ObjBase {
  kind: 'sem';
  flavor: SemFlavor;
  value: number;
  max: number; // bounded: the initial value; others: Infinity is not JSON, so -1
  owner: Tid; // lock / rlock: the task that holds it, -1 if none
  count: number; // rlock recursion depth
}

export interface EventObj extends ObjBase {
  kind: 'event';
  set: boolean;
}

export interface CondObj extends ObjBase {
  kind: 'cond';
  lock: number; // the sem object it is bound to
}

export interface BarrierObj extends ObjBase {
  kind: 'barrier';
  parties: number;
  arrived: number;
  generation: number;
  broken: boolean;
}

export interface CellObj extends ObjBase {
  kind: 'cell';
  typecode: string;
  values: (number | string)[];
  lock: number; // a sem object guarding it, or -1
}

/**
 * An open file (open(2)'s "open file description"): a path and a position, shared by every
 * descriptor that refers to it — a forked child's copies and os.dup's — as on Linux, so a
 * parent and a child writing through one inherited descriptor do not overwrite each other.
 */
export interface FileObj extends ObjBase {
  kind: 'file';
  path: string;
  /** The position in bytes (O_APPEND writes move it to the end first). */
  pos: number;
  read: boolean;
  write: boolean;
  append: boolean;
  /** A removed file's text while it is open (its path is then ''): unlinking an open file keeps its data for the descriptors. */
  orphan: string;
}

export type KObject = ConnObj | QueueObj | SemObj | EventObj | CondObj | BarrierObj | CellObj | FileObj;
export type KObjectKind = KObject['kind'];

export interface KernelState {
  clock: Ns;
  /** Processes by slot (creation order) in a chunked table; state.ts's pidSlotOf finds a pid's slot. */
  procs: Table<Proc>;
  nprocs: number;
  /** Processes not yet reaped (alive or zombie): what the maxProcs limit counts. */
  live: number;
  /** Times fork or spawn failed because the machine had maxProcs processes. */
  limitHits: number;
  /** Allocations a program's memory limit (maxMemory) refused. */
  memoryHits: number;
  /** Allocations and forks the machine's memory (machineMemory) refused. */
  machineHits: number;
  /** Bytes every live process holds together (the sum of their `mem`): what params.machineMemory bounds. */
  memTotal: number;
  /** The first pid allocated, and log2 of the step between pids (windows: 2): pidSlot's index is (pid - pidBase) >> pidShift. */
  pidBase: Pid;
  pidShift: number;
  /** Slots by that index, in chunks of 32 (adding a process copies one chunk under immer). */
  pidSlot: (number[] | undefined)[];
  /** Slots of the pids below pidBase (init). */
  pidLow: Record<number, number>;
  tasks: Table<Task>; // by tid
  ntasks: number;
  cpus: Cpu[];
  /** Bit i set: CPU i is idle. */
  idle: number;
  /** The policy's ready structure: a persistent value, replaced (never edited) on change. */
  runq: RunQueue;
  /** Tasks in the ready structure. */
  nready: number;
  /** The 1-, 5- and 15-minute load averages in Linux's 11-bit fixed point, and when the next sample is due (loadavg.ts). */
  avenrun: readonly number[];
  loadNext: Ns;
  /** Threads created in processes with a global interpreter lock (0: no GIL check needed). */
  gilThreads: number;
  /** The timer queue: a persistent min-heap on (time, seq) of task ids; an entry whose task
   *  no longer waits for it (its blocked state's `timer` differs) is stale and skipped. */
  timers: Heap | null;
  objects: Table<KObject>; // by id
  nobjects: number;
  /** Counters that only grow. */
  seq: number;
  nextPid: number;
  /** Set when the run is over. */
  end: RunEnd | null;
  /** Position in the scenario's stdin. */
  stdinPos: number;
  /** The virtual file system, shared by all processes: absolute path → node. */
  fs: Record<string, FsNode>;
}

/** A file system entry; `mtime` is the virtual time of its last change (absent: there since boot). */
/** A file's `shm`: the kernel cell holding a POSIX shared memory object's bytes (/dev/shm/<name>; its text is that many NULs). */
export type FsNode = { kind: 'dir'; mtime?: Ns } | { kind: 'file'; text: string; mtime?: Ns; shm?: number };

/** The ready structure: FIFO levels (fifo, rr, priority, mlfq, lottery) or a heap (cfs). */
export interface RunQueue {
  readonly levels: readonly Fifo[];
  readonly heap: Heap | null;
  /** mlfq: when the last priority boost happened. */
  readonly boostedAt: Ns;
}

/** The status of a run that deadlocked or exhausted its budget (timeout(1)'s status). */
export const EXIT_STUCK = 124;

/** The status of a run stopped from outside (Ctrl-C): 128 + SIGINT, as a shell reports it. */
export const EXIT_INTERRUPTED = 130;

export type RunEnd =
  | { kind: 'done'; status: number }
  | { kind: 'deadlock'; status: number }
  | { kind: 'budget'; status: number; what: 'steps' | 'time' }
  | { kind: 'stopped'; status: number }
  | { kind: 'interrupted'; status: number }; // stopped from outside (Ctrl-C) after `Kernel.steps` steps
