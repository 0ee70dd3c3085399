/**
 * Trace events: one per transition and per syscall, the source every renderer reads.
 * Effects as data: the kernel appends them to its log; it never prints.
 */
import type { Ns, Pid, Tid } from './types.js';

export type EventBody =
  | { kind: 'create'; how: 'main' | 'fork' | 'spawn' | 'thread'; child: Pid; childTid: Tid; name: string; image: string }
  | { kind: 'dispatch'; from: 'ready' | 'interrupted'; at: Ns } // at: when it starts running, after the context switch
  | { kind: 'preempt'; why: 'slice' | 'priority' }
  | { kind: 'block'; reason: string }
  | { kind: 'wake'; reason: string }
  | { kind: 'syscall'; op: string; text: string }
  | { kind: 'exit'; wstatus: number; how: string }
  | { kind: 'signal'; sig: number; target: Pid }
  | { kind: 'reap'; child: Pid; wstatus: number }
  | { kind: 'reparent'; child: Pid; to: Pid }
  | { kind: 'ipc'; obj: number; op: string; text: string }
  | { kind: 'write'; fd: number; text: string }
  | { kind: 'lottery'; draw: number; tickets: number; winner: Pid }
  | { kind: 'end'; end: string; text: string };

export type TraceEvent = { t: Ns; cpu: number; pid: Pid; tid: Tid } & EventBody;
export type EventKind = EventBody['kind'];

/** One write to fd 1 or 2 of a process: the terminal shows them in this order. */
export interface Write {
  t: Ns;
  pid: Pid;
  fd: number;
  text: string;
}

/**
 * Where trace events go: an array keeps them all (renderers, the TUI); a sink may
 * instead keep what it needs (a snapshot keeps the ends and a digest of the whole).
 */
export interface TraceSink {
  push(e: TraceEvent): unknown;
  readonly length: number;
}
