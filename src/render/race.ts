/**
 * Racing pairs in words: two dependent steps of two processes, and what each did to the
 * thing they both touched — "1004 wrote counter=2 after 1002 read it". The explorer
 * finds the pair (src/explore/witness.ts); this file only words it.
 */
import type { Syscall } from '../kernel/syscalls.js';
import type { ObjRef } from '../kernel/trace.js';
import type { Pid } from '../kernel/types.js';
import { feederName, kindName } from './describe.js';

/** What two racing steps both touched. */
export type Thing =
  | { kind: 'object'; obj: ObjRef }
  | { kind: 'handles'; obj: ObjRef } // how many handles a pipe end has
  | { kind: 'process'; pid: Pid }
  | { kind: 'task'; pid: Pid }
  | { kind: 'output'; fd: number }
  | { kind: 'stdin' }
  | { kind: 'file'; path: string }
  | { kind: 'pids' }
  | { kind: 'objects' };

export interface RaceSide {
  readonly pid: Pid;
  /** The call the step made (null: a timer, the end of a computation, a signal). */
  readonly call: Syscall | null;
  /** Whether the step changed the thing (else it only read it). */
  readonly write: boolean;
  /**
   * A race between a poll of a queue and a feeder thread writing an item into it (no two
   * steps: a decision inside the poll's step): 'poll' is the poller's side; 'feeder', the
   * side of the putter's feeder thread, with the put whose item it writes as its call.
   */
  readonly role?: 'poll' | 'feeder';
}

export interface Race {
  readonly thing: Thing;
  readonly earlier: RaceSide;
  readonly later: RaceSide;
}

/** The thing's name: `counter`, `Lock 'mutex'`, `queue #3`, `stdout`, `/tmp/a.txt`, `process 1003`. */
export function thingName(t: Thing): string {
  switch (t.kind) {
    case 'object':
      return t.obj.label || `${kindName(t.obj.kind)} #${t.obj.id}`;
    case 'handles':
      return `the handles of ${t.obj.label || `${kindName(t.obj.kind)} #${t.obj.id}`}`;
    case 'process':
      return `process ${t.pid}`;
    case 'task':
      return t.pid >= 0 ? `process ${t.pid}` : 'a task';
    case 'output':
      return t.fd === 2 ? 'stderr' : 'stdout';
    case 'stdin':
      return 'stdin';
    case 'file':
      return t.path;
    case 'pids':
      return 'the next pid';
    case 'objects':
      return 'the next object id';
    default: {
      const never: never = t;
      return JSON.stringify(never);
    }
  }
}

const short = (text: string): string => JSON.stringify(text.length > 24 ? `${text.slice(0, 21)}...` : text);

/** What one side did to the thing, named `name` (or 'it', the second time). */
function did(side: RaceSide, name: string): string {
  const c = side.call;
  if (side.role === 'poll') return `polled ${name}`;
  if (side.role === 'feeder') return c?.op === 'put' ? `wrote ${c.repr} into ${name}` : `wrote an item into ${name}`;
  if (c === null) return side.write ? `changed ${name}` : `looked at ${name}`;
  switch (c.op) {
    case 'cread':
      return `read ${name}`;
    case 'cwrite':
      return name === 'it' ? 'wrote it' : `wrote ${name}=${c.value}`;
    case 'put':
      return `put ${c.repr} on ${name}`;
    case 'get':
      return `took an item from ${name}`;
    case 'send':
      return `sent ${c.repr} on ${name}`;
    case 'recv':
      return `received from ${name}`;
    case 'poll':
      return `polled ${name}`;
    case 'acquire':
      return `acquired ${name}`;
    case 'release':
      return `released ${name}`;
    case 'evset':
      return c.set ? `set ${name}` : `cleared ${name}`;
    case 'evwait':
      return `waited for ${name}`;
    case 'write':
      return name === 'it' ? `printed ${short(c.text)} too` : `printed ${short(c.text)} to ${name}`;
    case 'read':
      return `read from ${name}`;
    case 'exit':
      return name === 'it' ? 'exited' : `exited (${name})`;
    case 'wait':
      return `waited for ${name}`;
    case 'kill':
      return `signalled ${name}`;
    case 'fork':
      return `forked (taking ${name})`;
    case 'spawn':
      return `started a process (taking ${name})`;
    case 'fread':
      return `read ${name}`;
    case 'fwrite':
      return `wrote ${name}`;
    case 'ftruncate':
      return `truncated ${name}`;
    case 'fs':
      return `${c.call.fn === 'read' || c.call.fn === 'stat' || c.call.fn === 'listdir' ? 'read' : 'changed'} ${name}`;
    default:
      return `${side.write ? 'changed' : 'read'} ${name} (${c.op})`;
  }
}

/** Who took a side: its pid, or the feeder thread of its pid. */
const who = (side: RaceSide): string => (side.role === 'feeder' ? feederName(`${side.pid}`) : `${side.pid}`);

/** `1004 wrote counter=2 after 1002 read it`; `the feeder thread of 1001 wrote 'job' into q after 1001 polled it`. */
export function raceText(r: Race): string {
  return `${who(r.later)} ${did(r.later, thingName(r.thing))} after ${who(r.earlier)} ${did(r.earlier, 'it')}`;
}
