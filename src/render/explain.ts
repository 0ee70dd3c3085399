/**
 * The "event explained" sentences of the stepping UI: each kind of trace event said in
 * one or two plain sentences, for a student. Words for objects, reasons and ends come
 * from describe.ts, so the trace, the reports and this say the same thing.
 */
import { type FsCall, signalName } from '../kernel/syscalls.js';
import type { EventKind, TraceEvent } from '../kernel/trace.js';
import { formatDuration } from '../kernel/time.js';
import { blockText, callText, endText, exitText, limitText, reorderText, statusText, wakeText } from './describe.js';

type Explain<K extends EventKind> = (e: Extract<TraceEvent, { kind: K }>) => string;

const who = (e: TraceEvent): string => `Process ${e.pid}`;

/** A file-system call as a verb phrase taking the path. */
const FS_VERBS: Record<FsCall['fn'], string> = {
  read: 'read the file',
  write: 'write the file',
  stat: 'look up',
  listdir: 'list the directory',
  mkdir: 'make the directory',
  remove: 'remove the file',
  rmdir: 'remove the directory',
  truncate: 'truncate the file',
  rename: 'rename',
};

const EXPLAIN: { [K in EventKind]: Explain<K> } = {
  create: (e) =>
    e.how === 'main'
      ? `The shell starts the program: process ${e.child} (${e.name}) is created and waits for a CPU.`
      : e.how === 'fork'
        ? `${who(e)} forks: process ${e.child} is created as a copy of it (same memory, same open objects) and waits for a CPU.`
        : e.how === 'spawn'
          ? `${who(e)} spawns process ${e.child} (${e.name}): a fresh program that starts from scratch, not a copy.`
          : `${who(e)} starts a thread (task ${e.childTid}) that shares its memory.`,
  dispatch: (e) =>
    `The scheduler puts process ${e.pid} on CPU ${e.cpu}: it was ${e.from === 'ready' ? 'ready' : 'interrupted'} and now runs${e.at > e.t ? ` after a context switch of ${formatDuration(e.at - e.t)}` : ''}.`,
  preempt: (e) =>
    e.why === 'slice'
      ? `Process ${e.pid} used up its time slice on CPU ${e.cpu}: it is interrupted and goes back to the ready queue.`
      : `A higher-priority task takes CPU ${e.cpu}: process ${e.pid} is interrupted and goes back to the ready queue.`,
  block: (e) => `Process ${e.pid} blocks (${blockText(e.on, e.obj)}): it leaves CPU ${e.cpu} and waits until that can complete.`,
  wake: (e) => `Process ${e.pid} wakes up (${wakeText(e.reason)}): it is ready again and waits for a CPU.`,
  syscall: (e) => {
    if (e.call.op === 'fs') {
      const c = e.call.call;
      const to = c.fn === 'rename' ? ` to ${JSON.stringify(c.to)}` : '';
      return `Process ${e.pid} asks the file system to ${c.fn === 'write' && c.append ? 'append to the file' : FS_VERBS[c.fn]} ${JSON.stringify(c.path)}${to}.`;
    }
    const args = callText(e.call);
    return `Process ${e.pid} makes the system call ${e.call.op}${args ? ` (${args})` : ''}.`;
  },
  exec: (e) => `Process ${e.pid} replaces its program with ${e.image} (exec): same pid, same parent, same terminal; its memory and its other open objects are gone.`,
  exit: (e) =>
    `Process ${e.pid} ends (${exitText(e.how)}). It is a zombie until its parent collects its exit status (${statusText(e.wstatus)}).`,
  signal: (e) =>
    e.pid < 0
      ? `The kernel sends ${signalName(e.sig)} to process ${e.target} (its alarm went off).`
      : `Process ${e.pid} sends ${signalName(e.sig)} to process ${e.target}.`,
  handle: (e) => `Process ${e.pid} caught ${signalName(e.sig)}: before it goes on, its program runs the handler it installed for it.`,
  reap: (e) => `Process ${e.pid} collects the exit status of its child ${e.child} (${statusText(e.wstatus)}): the zombie is gone.`,
  reparent: (e) => `Process ${e.child} lost its parent: it is adopted by process ${e.to} (init), which will reap it.`,
  write: (e) => `Process ${e.pid} writes ${JSON.stringify(e.text.length > 50 ? `${e.text.slice(0, 47)}...` : e.text)} to ${e.fd === 2 ? 'stderr' : e.fd === 1 ? 'stdout' : `fd ${e.fd}`}.`,
  lottery: (e) => `The lottery scheduler draws ticket ${e.draw} of ${e.tickets}: process ${e.winner} wins the CPU.`,
  limit: (e) =>
    e.op === 'alloc'
      ? `Process ${e.pid} asks for more memory than it may hold: ${limitText(e.limit, e.max, e.op, e.bytes)}. The program gets an error it may catch (Python: MemoryError).`
      : e.limit === 'machineMemory'
        ? `Process ${e.pid} forks, but the machine's memory cannot hold a copy of it: ${limitText(e.limit, e.max, e.op, e.bytes)}. The call returns an error (Python: OSError, errno 12).`
        : `Process ${e.pid} asks for a new process, but the machine is full: ${limitText(e.limit, e.max, e.op)}. The call returns an error (Python: BlockingIOError).`,
  reorder: (e) => `Process ${e.pid} goes first: ${reorderText(e.before, e.early)}.`,
  end: (e) => `The run is over: ${endText(e.end)}.`,
};

/** One or two sentences about an event. */
export function explainEvent(e: TraceEvent): string {
  return (EXPLAIN[e.kind] as Explain<EventKind>)(e as never);
}

/** The name of the object behind a handle ("Lock 'lock'"), for a reader that knows the machine's state (the TUI); null when unknown. */
export type HandleName = (h: number) => string | null;

/** A call on a kernel object, naming the object instead of its handle: "makes the system call release on Semaphore 'full'". */
function callOn(e: TraceEvent & { kind: 'syscall' }, name: HandleName): string | null {
  const h = (e.call as { h?: unknown }).h;
  const obj = typeof h === 'number' ? name(h) : null;
  if (obj === null) return null;
  const args = callText(e.call, 'h');
  return `Process ${e.pid} makes the system call ${e.call.op} on ${obj}${args ? ` (${args})` : ''}.`;
}

/** The events of one kernel step, explained: the first few, then how many more. With `name`, calls name the objects they use. */
export function explainStep(events: readonly TraceEvent[], max = 3, name?: HandleName): string[] {
  const out = events.slice(0, max).map((e) => (name !== undefined && e.kind === 'syscall' ? callOn(e, name) : null) ?? explainEvent(e));
  if (events.length > max) out.push(`(and ${events.length - max} more events at the same instant)`);
  return out;
}
