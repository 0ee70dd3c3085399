/**
 * The TypeScript scenario API. A program is a generator function; every kernel
 * operation is a small generator you delegate to with `yield*`, which gives it a
 * typed result:
 *
 *   export default function* main(k: Sys) {
 *     const pid = yield* k.fork();
 *     if (pid === 0) { yield* k.print('child'); return 0; }
 *     yield* k.wait(pid);
 *   }
 *
 * The program's return value is its exit status. `fork` works by deterministic
 * replay: the child re-runs the program from the start, fed the parent's recorded
 * results, until the fork, where it gets 0 — so a program must get everything it
 * depends on from `k` (no outside state, no Math.random).
 */
import type { ErrResult, SigAction, Syscall, Timeout } from '../kernel/syscalls.js';
import { SIGKILL, SIGTERM, isErr } from '../kernel/syscalls.js';
import { parseDuration } from '../kernel/time.js';
import type { Ns } from '../kernel/types.js';

/** A duration: nanoseconds, or text such as '10ms', '1.5s', '250us'. */
export type Duration = number | string;

/** What a program yields: a syscall, a request to burn CPU time, or to start a thread. */
export type Step =
  | Syscall
  | { op: 'compute'; ns: Ns }
  | { op: 'startThread'; program: Program; args: Json[] }
  | { op: 'caught' }; // the caught signals that arrived since the last ask (ts-space.ts)

export type Op<T> = Generator<Step, T, unknown>;

/**
 * A TypeScript program: receives the API, returns its exit status. It may return any
 * JSON value instead (the exit status is then 0): `forkscope explore --outcome return`
 * and `explore(program, { outcome: 'return' })` compare what the main program returned.
 */
export type Program = (k: Sys, ...args: Json[]) => Generator<Step, Json | void, unknown>;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export class ScenarioError extends Error {}

export function ns(d: Duration): Ns {
  if (typeof d === 'number') return Math.round(d);
  const v = parseDuration(d);
  if (v === null) throw new ScenarioError(`not a duration: ${JSON.stringify(d)} (try '10ms', '1.5s')`);
  return v;
}

const timeout = (d: Duration | null | undefined): Timeout => (d === null || d === undefined ? null : ns(d));

function* call<T>(c: Syscall): Op<T> {
  return (yield c) as T;
}

/** Unwraps a result that must not be an error (a misuse of the API in the scenario). */
function* must<T>(c: Syscall): Op<T> {
  const r = yield c;
  if (isErr(r)) throw new ScenarioError(`${c.op} failed: ${r.err}`);
  return r as T;
}

const encode = (v: Json): string => JSON.stringify(v);
/** A process-creating call's result as fork(2) gives it: the pid, or -1 on error. */
const pid = (r: unknown): number => (isErr(r) ? -1 : (r as number));
const decode = (data: string): Json => JSON.parse(data) as Json;

/** The kernel, as a scenario sees it. Every method is used with `yield*`. */
export const sys = {
  /** Runs on the CPU for `d` (preemptible: it takes as many slices as it needs). */
  *compute(d: Duration): Op<void> {
    yield { op: 'compute', ns: ns(d) };
  },
  sleep: (d: Duration): Op<null> => call({ op: 'sleep', ns: ns(d) }),
  /** Blocks on I/O for `d` (shown as blocked on `what`). */
  io: (what: string, d: Duration): Op<null> => call({ op: 'io', what, ns: ns(d) }),
  /** Virtual time in ns since boot. */
  time: (): Op<Ns> => call({ op: 'time' }),
  /** The 1-, 5- and 15-minute load averages, as /proc/loadavg shows them (kernel/loadavg.ts). */
  loadavg: (): Op<[number, number, number]> => call({ op: 'loadavg' }),
  getpid: (): Op<number> => call({ op: 'getpid' }),
  getppid: (): Op<number> => call({ op: 'getppid' }),
  /**
   * 0 in the child, the child's pid in the parent; -1 when the machine's process limit
   * is reached (fork(2)'s EAGAIN; the trace has a `limit` event).
   */
  *fork(): Op<number> {
    return pid(yield { op: 'fork' });
  },
  /** Starts `program` (an export of the same scenario module) as a new process; -1 at the process limit. */
  *spawn(program: Program, ...args: Json[]): Op<number> {
    return pid(yield { op: 'spawn', opts: { image: { kind: 'ts', label: program.name, data: encode({ export: program.name, args }) } } });
  },
  /** Like spawn, but the child also gets handles to `handles` (a fresh program inherits nothing else). */
  *spawnWith(handles: number[], program: Program, ...args: Json[]): Op<number> {
    const image = { kind: 'ts', label: program.name, data: encode({ export: program.name, args }) };
    return pid(yield { op: 'spawn', opts: { image, handles } });
  },
  /** Starts a virtual command (echo, sleep, cat, nslookup...) as a child process; -1 when there is no such command or at the process limit. */
  *exec(argv: string[]): Op<number> {
    return pid(yield { op: 'spawn', opts: { image: { kind: 'command', label: argv.join(' '), data: encode(argv) } } });
  },
  /** Starts `program` as a new thread of this process (sharing its handles); returns its tid. */
  *thread(program: Program, ...args: Json[]): Op<number> {
    return (yield { op: 'startThread', program, args }) as number;
  },
  /** Waits for a thread of this process to end. */
  joinThread: (tid: number): Op<null> => must({ op: 'tjoin', tid, timeout: null }),
  /** Ends the process now (every thread). */
  *exit(status = 0): Op<never> {
    yield { op: 'exit', status };
    throw new ScenarioError('exit returned');
  },
  /**
   * waitpid: [pid, raw wait status]; [0, 0] with nohang when none has finished; null when there are no children.
   * With untraced / continued (WUNTRACED, WCONTINUED) a child that stopped / continued is reported too.
   */
  *wait(pid = -1, opts: { nohang?: boolean; untraced?: boolean; continued?: boolean } = {}): Op<[number, number] | null> {
    const nohang = opts.nohang ?? false;
    const r = yield opts.untraced || opts.continued ? { op: 'wait', pid, nohang, untraced: opts.untraced ?? false, continued: opts.continued ?? false } : { op: 'wait', pid, nohang };
    return isErr(r) ? null : (r as [number, number]);
  },
  /** Sends a signal (default SIGTERM). Returns false when there is no such process, or it is init. */
  *kill(pid: number, sig: number = SIGTERM): Op<boolean> {
    return !isErr(yield { op: 'kill', pid, sig });
  },
  SIGTERM,
  SIGKILL,
  /**
   * What this process does with `sig` from now on: 'catch' it (it interrupts a blocking
   * call, which is retried, and `caught()` / `pause()` report it: a TypeScript program
   * has no handlers to run, it asks), 'ignore' it, or let its 'default' action happen.
   * Returns what it did before. A forked child keeps the settings; a spawned one starts
   * with defaults.
   */
  signal: (sig: number, act: SigAction): Op<SigAction> => call({ op: 'sigaction', sig, act }),
  /** Caught signals (numbers, lowest first) that arrived since the last caught() or pause(); main thread only. */
  *caught(): Op<number[]> {
    return (yield { op: 'caught' }) as number[];
  },
  /** Waits until a caught signal arrives; returns the caught signals, as caught() does. */
  *pause(): Op<number[]> {
    return (yield { op: 'pause' }) as number[];
  },
  /** SIGALRM to this process after `d` (0: cancels); returns the time that was left of the previous alarm. */
  alarm: (d: Duration): Op<Ns> => call({ op: 'alarm', ns: ns(d) }),
  nice: (inc: number): Op<number> => call({ op: 'nice', inc }),
  setname: (name: string): Op<null> => call({ op: 'setname', name }),
  /** Writes its arguments joined by spaces and a newline to stdout, in one write. */
  *print(...args: unknown[]): Op<void> {
    yield { op: 'write', fd: 1, text: `${args.map(String).join(' ')}\n` };
  },
  *write(fd: number, text: string): Op<void> {
    yield { op: 'write', fd, text };
  },
  /** Reads a line of stdin ('' at EOF). */
  readline: (): Op<string> => call({ op: 'read', fd: 0, line: true }),

  // pipes
  pipe: (duplex = true, label = ''): Op<[number, number]> => must({ op: 'pipe', duplex, label }),
  /** Sends a message; `handles` are objects it carries (the receiver gets handles to them). */
  *send(h: number, value: Json, opts: { timeout?: Duration | null; handles?: number[] } = {}): Op<boolean> {
    const data = encode(value);
    return !isErr(yield { op: 'send', h, data, repr: data, timeout: timeout(opts.timeout), handles: opts.handles });
  },
  /** The next message, or undefined at EOF or timeout. */
  *recv(h: number, opts: { timeout?: Duration | null } = {}): Op<Json | undefined> {
    const r = yield { op: 'recv', h, timeout: timeout(opts.timeout) };
    return isErr(r) ? undefined : decode(r as string);
  },
  poll: (h: number, d: Duration | null = 0): Op<boolean> => must({ op: 'poll', h, timeout: timeout(d) }),
  close: (h: number): Op<null> => must({ op: 'close', h }),

  // queues
  /** A kernel message queue: puts go straight in (no pipe and feeder thread underneath, unlike multiprocessing's). */
  queue: (maxsize = 0, label = ''): Op<number> => must({ op: 'queue', maxsize, label, direct: true }),
  /** Puts a message on a queue; `handles` are objects it carries (the receiver gets handles to them). */
  *put(h: number, value: Json, opts: { timeout?: Duration | null; handles?: number[] } = {}): Op<boolean> {
    const data = encode(value);
    return !isErr(yield { op: 'put', h, data, repr: data, timeout: timeout(opts.timeout), handles: opts.handles });
  },
  *get(h: number, opts: { timeout?: Duration | null } = {}): Op<Json | undefined> {
    const r = yield { op: 'get', h, timeout: timeout(opts.timeout) };
    return isErr(r) ? undefined : decode(r as string);
  },
  taskDone: (h: number): Op<null | ErrResult> => call({ op: 'task_done', h }),
  join: (h: number): Op<null> => must({ op: 'qjoin', h, timeout: null }),

  // locks and semaphores
  lock: (label = ''): Op<number> => must({ op: 'sem', flavor: 'lock', value: 1, label }),
  rlock: (label = ''): Op<number> => must({ op: 'sem', flavor: 'rlock', value: 1, label }),
  semaphore: (value: number, label = ''): Op<number> => must({ op: 'sem', flavor: 'semaphore', value, label }),
  boundedSemaphore: (value: number, label = ''): Op<number> => must({ op: 'sem', flavor: 'bounded', value, label }),
  acquire: (h: number, opts: { timeout?: Duration | null } = {}): Op<boolean> =>
    must({ op: 'acquire', h, timeout: timeout(opts.timeout) }),
  release: (h: number): Op<null | ErrResult> => call({ op: 'release', h }),

  // events, conditions, barriers
  event: (label = ''): Op<number> => must({ op: 'event', label }),
  set: (h: number): Op<null> => must({ op: 'evset', h, set: true }),
  clear: (h: number): Op<null> => must({ op: 'evset', h, set: false }),
  waitEvent: (h: number, d: Duration | null = null): Op<boolean> => must({ op: 'evwait', h, timeout: timeout(d) }),
  condition: (lock: number, label = ''): Op<number> => must({ op: 'cond', lock, label }),
  waitCondition: (h: number, d: Duration | null = null): Op<boolean> => must({ op: 'cwait', h, timeout: timeout(d) }),
  notify: (h: number, n = 1): Op<null> => must({ op: 'notify', h, n }),
  notifyAll: (h: number): Op<null> => must({ op: 'notify', h, n: -1 }),
  barrier: (parties: number, label = ''): Op<number> => must({ op: 'barrier', parties, label }),
  /** The arrival index, or -1 when the barrier broke. */
  *waitBarrier(h: number, d: Duration | null = null): Op<number> {
    const r = yield { op: 'bwait', h, timeout: timeout(d) };
    return isErr(r) ? -1 : (r as number);
  },

  // shared memory
  cell: (values: number[], label = '', lock = -1): Op<number> =>
    must({ op: 'cell', typecode: 'i', values, lock, label }),
  read: (h: number, index = 0): Op<number> => must({ op: 'cread', h, index }),
  store: (h: number, value: number, index = 0): Op<null> => must({ op: 'cwrite', h, index, value }),

  // files
  *readFile(path: string): Op<string | null> {
    const r = yield { op: 'fs', call: { fn: 'read', path } };
    return isErr(r) ? null : (r as string);
  },
  *writeFile(path: string, text: string, append = false): Op<boolean> {
    return !isErr(yield { op: 'fs', call: { fn: 'write', path, text, append } });
  },
};

export type Sys = typeof sys;

/** The options a scenario may declare; CLI flags override them. */
export interface ScenarioOptions {
  seed?: number | string;
  cpus?: number;
  policy?: string;
  quantum?: Duration;
  maxSteps?: number;
  maxTime?: Duration;
  platform?: 'linux' | 'windows' | 'macos';
  params?: Record<string, number>;
}

/** What a TypeScript scenario module exports besides its default program. */
export interface ScenarioMeta {
  title: string;
  /** Where it comes from (OSTEP chapter, document example) and what it shows. */
  about?: string;
  options?: ScenarioOptions;
  stdin?: string;
  files?: Record<string, string>;
  /** Other option sets worth a snapshot: name → options. */
  variants?: Record<string, ScenarioOptions>;
}
