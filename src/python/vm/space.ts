/**
 * The Python address space the kernel runs: an interpreter and its threads. The
 * kernel calls `run` with a CPU budget, gets back a syscall or "budget spent",
 * and calls `fork` when a thread makes the fork syscall.
 */
import type { AddressSpace, ProgramView, RunResult, SpaceSnapshot } from '../../kernel/program.js';
import type { Pid, Tid } from '../../kernel/types.js';
import { SIGINT } from '../../kernel/syscalls.js';
import { Coro, type Gen, callReq, sysReq } from '../objects/coro.js';
import type { Interpreter, ThreadStart } from '../objects/interpreter.js';
import { Thread } from '../objects/thread.js';
import { cap, memory, raisesAgain, recount } from '../objects/memory.js';
import { E, PyBaseException, exc } from '../objects/exceptions.js';
import { isInstance } from '../objects/types.js';
import { unraisable } from '../runtime/traceback.js';
import { forkInterpreter } from './clone.js';
import { kwFromDict } from './kw.js';
import { panic } from './panic.js';
import { pushNative } from './stack.js';
import { runThread, where } from './driver.js';
import { copyable, snapshotInterpreter } from './snapshot.js';
import { inspectThread } from './inspect.js';
import { heapSize } from './heapsize.js';
import { raiseNow } from './signals.js';

/**
 * Bytes an instruction is taken to allocate, between two counts of the heap: a loop
 * that builds a chain of small objects (`x = [x]`, a linked list of instances) makes
 * about this much per instruction. Larger objects are counted as they are made
 * (objects/memory.ts: grow). Instructions, not objects made, because the estimate must
 * follow the program alone: the VM's caches make objects too, differently in a run
 * re-executed from a checkpoint, and when a count happens is visible (MemoryError,
 * what the kernel records).
 */
const BYTES_PER_INSTRUCTION = 16;
/** The fewest instructions a piece runs. */
const MIN_PIECE = 4096;
/** A process is counted at most once per this many estimated bytes (4,096 objects). */
const MIN_COUNT = 256 * 1024;

/**
 * The estimate of bytes allocated since the last count at which the heap is counted
 * again: when the process may have crossed its cap, or `every` bytes — but not before
 * it has made twice what it held (a count costs time in proportion to the heap, about
 * what making its objects cost: a process near its cap would otherwise count at every
 * piece), unless the machine is nearly full, when what each process holds must be
 * known closely (a quarter of what it held). A runaway program is stopped by 1.5 to 2
 * times its cap at worst.
 */
function countAt(every: number): number {
  const free = memory.room - memory.live;
  const amortised = free > 4 * memory.live ? 2 * memory.live : memory.live / 4;
  return Math.max(Math.min(cap() - memory.live, every), amortised, MIN_COUNT);
}

/**
 * A fork copies what the process holds, and fails with ENOMEM when the machine cannot
 * hold the copy beside it (kernel: proc.ts): the kernel must know what it holds then,
 * and the child is taken to hold what its parent's last count says. The process is
 * counted again when the copy might not fit (twice the most it can hold, its last count
 * and the estimate since, is more than the machine leaves it), or when it may have
 * grown by more than a quarter since its last count: otherwise each generation of an
 * allocating fork bomb would start from its parent's stale count, and the processes
 * would hold several times what the kernel knows (and the host's memory with them).
 * A fork bomb that allocates nothing keeps its last count (it would otherwise count its
 * whole heap at every fork).
 */
function forkNeedsCount(): boolean {
  return memory.since > 0 && (2 * (memory.live + memory.since) > memory.room || memory.since > memory.live / 4);
}

export class PySpace implements AddressSpace {
  /** One thread of a Python process runs at a time (the kernel's GIL). */
  readonly gil = true;

  /** Reference counts write to every object a statement touches: a fork's copy-on-write faults follow (params.cowFaults). */
  readonly refcounted = true;

  /**
   * CPython catches SIGINT from the start (KeyboardInterrupt) and ignores SIGPIPE and
   * SIGXFSZ (it reports their errors as exceptions instead).
   */
  readonly signals = { catch: 1 << SIGINT, ignore: (1 << 13) | (1 << 25) };

  constructor(readonly interp: Interpreter) {}

  /** Counts what this process holds (objects/memory.ts calls it during a run). */
  private readonly count = (): number => heapSize(this.interp);

  private thread(tid: Tid): Thread {
    const th = this.interp.threads.get(tid);
    if (!th) panic(`no thread ${tid} in this address space`);
    return th;
  }

  /**
   * Runs the thread (driver.ts), in pieces when its memory needs counting on the way:
   * after a piece in which it ran enough instructions to cross a limit
   * (BYTES_PER_INSTRUCTION each), its heap is counted, and a process found over a
   * limit raises MemoryError from its next instruction (objects/memory.ts). Pieces
   * change nothing else: the thread runs the same instructions as in one run.
   */
  run(tid: Tid, budget: number, resume: unknown, room = Number.MAX_SAFE_INTEGER, share = Number.MAX_SAFE_INTEGER): RunResult {
    const interp = this.interp;
    const th = this.thread(tid);
    const m = interp.mem;
    memory.limit = interp.params.maxMemory;
    memory.room = room;
    memory.live = m.live;
    memory.since = m.since;
    memory.raised = m.raised;
    memory.refused = 0;
    memory.count = this.count;
    if (m.over > 0) {
      // A count after its last run found it over a limit: the error comes out now.
      memory.refused = m.over;
      memory.refusedBy = m.overBy;
      m.over = 0;
      if (!th.exited) raiseNow(th, exc(E.MemoryError!));
    }
    const cost = interp.params.instruction;
    // Counted at least this often, so that what the kernel knows of each process stays near the truth when the machine is crowded.
    const every = Math.max(MIN_COUNT, share);
    let used = 0;
    let r: RunResult;
    for (let first = true; ; first = false) {
      const left = budget - used;
      const until = countAt(every) - memory.since;
      const piece = Math.min(left, Math.max(MIN_PIECE, Math.ceil(until / BYTES_PER_INSTRUCTION)) * cost);
      const paid = th.paid;
      r = runThread(th, piece, first ? resume : undefined);
      used += r.used;
      memory.since += Math.floor((r.used - (th.paid - paid)) / cost) * BYTES_PER_INSTRUCTION;
      if (memory.since >= countAt(every) || (r.call?.op === 'fork' && forkNeedsCount())) {
        recount();
        if (memory.live <= cap()) memory.raised = 0;
        else if (raisesAgain()) {
          memory.raised = memory.live;
          const by = memory.live > memory.limit ? 'maxMemory' : 'machineMemory';
          if (r.call === null && !th.exited) {
            memory.refused = memory.live;
            memory.refusedBy = by;
            raiseNow(th, exc(E.MemoryError!));
          } else {
            m.over = memory.live;
            m.overBy = by;
          }
        }
      }
      if (r.call !== null || used >= budget) break;
    }
    m.live = memory.live;
    m.since = memory.since;
    m.raised = memory.raised;
    memory.count = null;
    const out: RunResult = { used, call: r.call, resident: m.live };
    if (memory.refused !== 0) {
      out.refused = memory.refused;
      out.refusedBy = memory.refusedBy;
      memory.refused = 0;
    }
    return out;
  }

  /** Caught signals arrived for the main thread: their handlers run when it next runs (vm/signals.ts). */
  signal(tid: Tid, sigs: number): void {
    this.thread(tid).signals |= sigs;
  }

  fork(tid: Tid, childTid: Tid, childPid: Pid): AddressSpace {
    return new PySpace(forkInterpreter(this.interp, tid, childTid, childPid));
  }

  /**
   * A `thread` syscall made task `tid`: it runs the callable registered as `entry`
   * in `interp.threadStarts` (by `_thread.start_new_thread`), then ends.
   */
  startThread(tid: Tid, entry: number): void {
    const start = this.interp.threadStarts.get(entry);
    if (start === undefined) panic(`no thread entry ${entry} in pid ${this.interp.info.pid}`);
    this.interp.threadStarts.delete(entry);
    const th = new Thread(this.interp, tid);
    this.interp.threads.set(tid, th);
    // Replayable: a thread that forks while running its callable (a Pool's worker
    // handler) is copied with this frame, re-created for the child's thread.
    pushNative(th, new Coro(threadMain(th, start), (child) => threadMain(child, start)), 'thread');
  }

  where(tid: Tid): string {
    const th = this.interp.threads.get(tid);
    return th === undefined ? '' : where(th);
  }

  /** See vm/snapshot.ts: null while a native frame that cannot be re-created is on a stack. */
  snapshot(): SpaceSnapshot | null {
    return snapshotInterpreter(this.interp, (i) => new PySpace(i));
  }

  canSnapshot(): boolean {
    return copyable(this.interp);
  }

  inspect(tid: Tid): ProgramView | null {
    return inspectThread(this.interp, tid);
  }
}

/**
 * What a new thread runs (CPython's thread_run): its callable, then the end of
 * the thread while the process's other threads go on. SystemExit ends it quietly;
 * any other exception is reported as unraisable ("Exception ignored in thread
 * started by: <callable>" and the traceback). After a fork the replayed frame
 * keeps the parent's `start`, which it only prints, and prints the same.
 */
function* threadMain(th: Thread, start: ThreadStart): Gen {
  try {
    yield callReq(start.fn, start.args, start.kw === null ? null : kwFromDict(start.kw));
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (!isInstance(e, E.SystemExit!)) yield sysReq({ op: 'write', fd: 2, text: yield* unraisable(th, 'in thread started by', start.fn, e) });
  }
  yield sysReq({ op: 'texit' });
  return null;
}
