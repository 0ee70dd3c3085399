/**
 * The system calls a program can make, and what each returns.
 *
 * A program (a TypeScript generator, the Python VM, a virtual command) runs until it
 * needs the kernel, then hands it one `Syscall`. The kernel performs it at the right
 * virtual time and delivers the result the next time the task runs. Payloads are
 * strings (an encoded message, text), so calls and results are plain data.
 *
 * A message may carry handles (`handles`: ids of objects the sender holds), as a Unix
 * socket passes file descriptors: while in flight the message holds a reference to
 * each, and the receiving process gets a handle to each when it takes the message.
 *
 * Errors a program is expected to handle come back as `{ err: Errno }` results;
 * misuse that only a buggy frontend could cause is a kernel panic.
 */
import type { Ns, Pid, SemFlavor, Stdio } from './types.js';

export type Errno =
  | 'ECHILD' // no child to wait for
  | 'ESRCH' // no such process
  | 'EPERM' // not allowed (signalling init)
  | 'EAGAIN' // a resource limit is reached (fork/spawn past maxProcs)
  | 'ENOMEM' // the machine's memory cannot hold a copy of the process (fork past machineMemory)
  | 'EBADF' // not a handle this process holds
  | 'EPIPE' // the reading end is closed
  | 'EOF' // nothing to read and every writer is gone
  | 'EMPTY' // queue empty (non-blocking or timed out)
  | 'FULL' // queue full (non-blocking or timed out)
  | 'TIMEOUT' // a timed wait ended without success
  | 'TOOMANY' // released too many times
  | 'NOTOWNER' // released a recursive lock it does not own
  | 'BROKEN' // the barrier is broken
  | 'NOTHELD' // condition used without holding its lock
  | 'ENOENT' // no such file or directory
  | 'EEXIST' // file exists
  | 'ENOTDIR' // not a directory
  | 'EISDIR' // is a directory
  | 'ENOTEMPTY' // directory not empty
  | 'ENOTFOUND' // a host name that does not resolve
  | 'EINVAL' // an invalid argument (a signal number out of range, a negative file position)
  | 'ESPIPE' // seeking on something that is not a file (a pipe)
  | 'EINTR'; // a caught signal interrupted a blocking call (see Interrupted)

export interface ErrResult {
  err: Errno;
}

/**
 * What a blocking call returns when a caught signal interrupts it: the program runs its
 * handler, then retries the call with the time that was `left` of its timeout or sleep
 * (null: it had none), as CPython 3.11 does (PEP 475).
 */
export interface Interrupted extends ErrResult {
  err: 'EINTR';
  left: Ns | null;
}

/** Whether a syscall's result says a caught signal interrupted it. */
export const isInterrupted = (r: unknown): r is Interrupted =>
  typeof r === 'object' && r !== null && (r as Interrupted).err === 'EINTR';

/** An interrupted call to make again, with what was left of its sleep or timeout (PEP 475's retry). */
export function retryCall(call: Syscall, left: Ns | null): Syscall {
  if (call.op === 'sleep') return { op: 'sleep', ns: left ?? 0 };
  if ('timeout' in call && call.timeout !== null && left !== null) return { ...call, timeout: left };
  return call;
}

/** The signal numbers in a bit mask (bit n: signal n), lowest first. */
export function signalList(mask: number): number[] {
  const out: number[] = [];
  for (let sig = 1; sig <= NSIG; sig++) if (mask & (1 << sig)) out.push(sig);
  return out;
}

/** What a process does with a signal: the default action, nothing, or run its handler. */
export type SigAction = 'default' | 'ignore' | 'catch';

/** How to start a fresh program (spawn): interpreted by the loader the machine was built with. */
export interface Image {
  /** Which loader handles it: 'ts', 'python', 'command'. */
  kind: string;
  /** A label for the process table (file or command line). */
  label: string;
  /** Loader-specific data, encoded as a string (a path, an argv, a pickled bootstrap). */
  data: string;
}

export interface SpawnOptions {
  image: Image;
  name?: string;
  /** Where the child's fds 0, 1, 2 go; by default it inherits the caller's. */
  stdio?: [Stdio | 'inherit', Stdio | 'inherit', Stdio | 'inherit'];
  /** Kernel objects the child receives handles to (passed by pickling). */
  handles?: number[];
}

/** Where a blocking call gives up: null waits for ever; 0 does not block. */
export type Timeout = Ns | null;

export type Syscall =
  // time
  | { op: 'sleep'; ns: Ns }
  | { op: 'time' } // → Ns since boot
  | { op: 'loadavg' } // → [1, 5, 15 minutes] as /proc/loadavg shows them (loadavg.ts)
  | { op: 'rusage'; who: 'self' | 'thread' | 'children' | Pid } // → CPU time (ns): the process's tasks', this task's, its reaped children's, or an exited child's own and its reaped children's | ESRCH
  | { op: 'io'; what: string; ns: Ns } // blocked on I/O for ns → null
  // processes
  | { op: 'getpid' } // → Pid
  | { op: 'getppid' } // → Pid
  | { op: 'fork' } // → child pid in the parent, 0 in the child
  | { op: 'spawn'; opts: SpawnOptions } // → Pid | ENOENT (the image names no program)
  | { op: 'exec'; image: Image } // replaces the process's program (does not return) | ENOENT
  | { op: 'exit'; status: number } // ends the whole process (every thread); status is the exit code (0..255)
  | { op: 'thread'; entry: number; name: string } // → tid of a new thread of this process (see AddressSpace.startThread)
  | { op: 'texit' } // ends only the calling thread (the process ends with its last thread, status 0)
  | { op: 'tjoin'; tid: number; timeout: Timeout } // → null once that thread has ended | TIMEOUT
  | { op: 'wait'; pid: Pid; nohang: boolean; untraced?: boolean; continued?: boolean } // → [pid, wstatus] | [0, 0] (nohang, none ready) | ECHILD; untraced / continued (WUNTRACED, WCONTINUED) also report a child that stopped or continued
  | { op: 'kill'; pid: Pid; sig: number } // → 0 | ESRCH | EINVAL | EPERM (sig 0: only checks that pid exists; pid 0: the caller's process group, -1: every process but init and the caller, < -1: the group -pid)
  | { op: 'getpgid'; pid: Pid } // → the process group of pid (0: the caller) | ESRCH
  | { op: 'getsid'; pid: Pid } // → the session of pid (0: the caller) | ESRCH
  | { op: 'setpgid'; pid: Pid; pgid: Pid } // → 0 | ESRCH | EPERM | EINVAL, as setpgid(2) (0s: the caller, a group led by pid)
  | { op: 'setsid' } // → the new session (and group) id, the caller's pid | EPERM (the caller leads a group)
  | { op: 'sigaction'; sig: number; act: SigAction } // → the previous SigAction (SIGKILL and SIGSTOP keep 'default')
  | { op: 'alarm'; ns: Ns } // → ns left of the previous alarm (0: none); ns 0 cancels it. SIGALRM when it fires
  | { op: 'itimer'; ns: Ns | null; every: Ns } // → [ns left, interval] of the previous alarm; sets it (ns 0 cancels), re-arming every `every` (0: once); ns null only reads it (setitimer/getitimer ITIMER_REAL)
  | { op: 'pause' } // → EINTR once a caught signal arrives (never retried)
  | { op: 'status'; pid: Pid } // → 'alive' | 'zombie' | 'exited' | ESRCH, without reaping
  | { op: 'setname'; name: string } // → null (names the calling process)
  | { op: 'nice'; inc: number } // → the new nice value
  // output and input
  | { op: 'write'; fd: number; text: string } // → bytes written | EPIPE
  | { op: 'read'; fd: number; line: boolean } // → the next line (line) or all available text; '' at EOF
  // objects (handles are object ids; a process must hold one to use it)
  | { op: 'pipe'; duplex: boolean; label: string } // → [a, b] (one-way: [reader, writer])
  | { op: 'send'; h: number; data: string; repr: string; timeout: Timeout; handles?: number[] } // → null | EPIPE | TIMEOUT | EBADF
  | { op: 'recv'; h: number; timeout: Timeout; more?: number } // → data | EOF | TIMEOUT | EBADF (more: a byte-stream read of up to that many bytes, pipe.ts recv)
  | { op: 'poll'; h: number; timeout: Timeout } // → boolean
  | { op: 'close'; h: number } // → null | EBADF
  | { op: 'dup'; h: number } // → null (one more handle to the same object)
  | { op: 'queue'; maxsize: number; label: string; direct?: boolean; feeder?: boolean } // → id (direct: no pipe and feeder underneath, puts go straight in; feeder: a poll may not see an item its feeder thread is still writing)
  | { op: 'put'; h: number; data: string; repr: string; timeout: Timeout; handles?: number[] } // → null | 'fed' (the pipe is full: the feeder thread holds it) | FULL | EBADF
  | { op: 'get'; h: number; timeout: Timeout } // → data | EMPTY
  | { op: 'qflush'; h: number } // → null once the caller's feeder data is all in the queue's pipe (blocks until then)
  | { op: 'qsize'; h: number } // → number
  | { op: 'qempty'; h: number } // → boolean: nothing to read in the pipe (Queue.empty(): a poll, which can miss an item still in its feeder)
  | { op: 'task_done'; h: number } // → null | TOOMANY
  | { op: 'qjoin'; h: number; timeout: Timeout } // → null | TIMEOUT
  | { op: 'sem'; flavor: SemFlavor; value: number; label: string } // → id
  | { op: 'acquire'; h: number; timeout: Timeout } // → boolean
  | { op: 'release'; h: number } // → null | TOOMANY | NOTOWNER
  | { op: 'semvalue'; h: number } // → { value, owner: Pid | -1, count }
  | { op: 'event'; label: string } // → id
  | { op: 'evset'; h: number; set: boolean } // → null
  | { op: 'evwait'; h: number; timeout: Timeout } // → boolean (is set)
  | { op: 'evget'; h: number } // → boolean
  | { op: 'cond'; lock: number; label: string } // → id
  | { op: 'cwait'; h: number; timeout: Timeout } // → boolean (notified before the timeout) | NOTHELD
  | { op: 'notify'; h: number; n: number } // → null | NOTHELD (n = -1: all)
  | { op: 'barrier'; parties: number; label: string } // → id
  | { op: 'bwait'; h: number; timeout: Timeout } // → index | BROKEN
  | { op: 'babort'; h: number } // → null
  | { op: 'breset'; h: number } // → null (a broken barrier works again; waiters, if any, see BROKEN)
  | { op: 'bstate'; h: number } // → { parties, waiting, broken }
  | { op: 'cell'; typecode: string; values: (number | string)[]; lock: number; label: string } // → id
  | { op: 'cread'; h: number; index: number } // → value (waits for the cell's lock if another task holds it)
  | { op: 'cwrite'; h: number; index: number; value: number | string } // → null
  | { op: 'label'; h: number; label: string } // → null (names an object after the variable holding it)
  // the file system and the network
  | { op: 'fs'; call: FsCall }
  | { op: 'open'; path: string; read: boolean; write: boolean; append: boolean; create: boolean; excl: boolean; trunc: boolean } // → id of a new open file | ENOENT | EISDIR | EEXIST (open(2))
  | { op: 'fread'; h: number; n: number; at?: number } // → up to n bytes from the file's position, or from `at` without moving it (pread) (a latin1 string; '' at its end) | EBADF
  | { op: 'fwrite'; h: number; data: string; at?: number } // → bytes written at the position, or at `at` without moving it (pwrite) (the end first, for append) | EBADF
  | { op: 'ftruncate'; h: number; length: number } // → null (the file cut or grown with zero bytes to length) | EINVAL (not open for writing, negative length) | ESPIPE
  | { op: 'lseek'; h: number; offset: number; whence: number } // → the new position | EINVAL | ESPIPE (not a file)
  | { op: 'shm'; name: string; size: number; create: boolean } // → [cell id, size] of /dev/shm/<name> (shm_open: made with `size` zero bytes, or opened) | EEXIST | ENOENT
  | { op: 'net'; method: string; url: string }; // → { status, body, url } | ENOTFOUND, after the network's latency

export type FsCall =
  | { fn: 'read'; path: string } // → text | ENOENT | EISDIR
  | { fn: 'write'; path: string; text: string; append: boolean } // → null | ENOENT (no parent dir) | EISDIR
  | { fn: 'stat'; path: string } // → FsStat | ENOENT
  | { fn: 'listdir'; path: string } // → names (sorted as the fs stores them) | ENOENT | ENOTDIR
  | { fn: 'mkdir'; path: string } // → null | EEXIST | ENOENT
  | { fn: 'remove'; path: string } // → null | ENOENT | EISDIR
  | { fn: 'rmdir'; path: string } // → null | ENOENT | ENOTDIR | ENOTEMPTY
  | { fn: 'truncate'; path: string; length: number } // → null (cut or grown with zero bytes) | ENOENT | EISDIR | EINVAL (negative length)
  | { fn: 'rename'; path: string; to: string }; // → null | ENOENT | EISDIR | ENOTDIR | ENOTEMPTY | EINVAL (a directory into itself), as rename(2)

/** What `stat` tells of an entry: its kind, its size in bytes (a file's text as UTF-8; 0 for a directory) and when it last changed (virtual ns). */
export interface FsStat {
  kind: 'file' | 'dir';
  size: number;
  mtime: Ns;
}

export type SyscallOp = Syscall['op'];

/** Signals the kernel knows (Linux numbering). */
export const SIGINT = 2;
export const SIGABRT = 6;
export const SIGKILL = 9;
export const SIGALRM = 14;
export const SIGTERM = 15;
export const SIGHUP = 1;
export const SIGCHLD = 17;
export const SIGCONT = 18;
export const SIGSTOP = 19;

export const SIGNAL_NAMES: Readonly<Record<number, string>> = {
  1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE',
  9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM',
  16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU',
  23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO',
  30: 'SIGPWR', 31: 'SIGSYS',
};

/**
 * Signals whose default action is to do nothing (signal(7): Ign; SIGCONT's default is
 * only to continue the process, which it does whatever the disposition, stop.ts).
 */
export const HARMLESS_SIGNALS: ReadonlySet<number> = new Set([17, 18, 23, 28]);

/** Signals whose default action stops the process (signal(7): Stop): SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU. */
export const STOP_SIGNALS: ReadonlySet<number> = new Set([19, 20, 21, 22]);

/** Signals a process can neither catch nor ignore. */
export const UNCATCHABLE: ReadonlySet<number> = new Set([SIGKILL, SIGSTOP]);

/** The highest signal number (standard signals only; no real-time ones). */
export const NSIG = 31;

/** 'SIGTERM', or 'signal N' for a number without a name. */
export const signalName = (sig: number): string => SIGNAL_NAMES[sig] ?? `signal ${sig}`;

/** Raw wait status as Linux encodes it. */
export const wstatusExited = (code: number): number => (code & 0xff) << 8;
export const wstatusSignaled = (sig: number): number => sig & 0x7f;
export const wifexited = (w: number): boolean => (w & 0x7f) === 0;
export const wexitstatus = (w: number): number => (w >> 8) & 0xff;
export const wifsignaled = (w: number): boolean => (w & 0x7f) !== 0 && (w & 0x7f) !== 0x7f;
export const wtermsig = (w: number): number => w & 0x7f;
/** A child stopped by `sig`, as waitpid(WUNTRACED) reports it; and one continued (WCONTINUED). */
export const wstatusStopped = (sig: number): number => ((sig & 0xff) << 8) | 0x7f;
export const WSTATUS_CONTINUED = 0xffff;
export const wifstopped = (w: number): boolean => (w & 0xff) === 0x7f;
export const wstopsig = (w: number): number => (w >> 8) & 0xff;
export const wifcontinued = (w: number): boolean => w === WSTATUS_CONTINUED;
/** The exit code `python` would give: the code, or -signal. */
export const waitstatusToExitcode = (w: number): number => (wifexited(w) ? wexitstatus(w) : -wtermsig(w));

export const isErr = (r: unknown): r is ErrResult =>
  typeof r === 'object' && r !== null && typeof (r as ErrResult).err === 'string';

/** The kind of entry an fs `stat` found: 'file', 'dir', or null when there is none (ENOENT). */
export const fsKind = (r: unknown): FsStat['kind'] | null => (isErr(r) ? null : (r as FsStat).kind);
