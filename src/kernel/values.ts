/**
 * Immutable values inside the state: task states, messages, and (in persistent.ts)
 * the nodes of the persistent structures. Each is a small class with readonly data
 * fields and no methods. immer drafts only plain objects and arrays, so it keeps these
 * by reference — no proxy when a recipe reads one, no walk when a step finishes —
 * which halves the cost of a step with history on. Fields are `declare`d and assigned
 * in the constructor (not class fields), which V8 builds as cheaply as object
 * literals. JSON sees plain objects. Never edit one: build a new value.
 */
import type { BlockReason, Msg, Ns, Pid, TaskState } from './types.js';

class Ready {
  declare readonly tag: 'ready';
  declare readonly since: Ns;
  constructor(since: Ns) {
    this.tag = 'ready';
    this.since = since;
  }
}

class Interrupted {
  declare readonly tag: 'interrupted';
  declare readonly since: Ns;
  constructor(since: Ns) {
    this.tag = 'interrupted';
    this.since = since;
  }
}

class Running {
  declare readonly tag: 'running';
  declare readonly cpu: number;
  declare readonly since: Ns;
  constructor(cpu: number, since: Ns) {
    this.tag = 'running';
    this.cpu = cpu;
    this.since = since;
  }
}

class Blocked {
  declare readonly tag: 'blocked';
  declare readonly on: BlockReason;
  declare readonly since: Ns;
  declare readonly timer: number;
  constructor(on: BlockReason, since: Ns, timer: number) {
    this.tag = 'blocked';
    this.on = on;
    this.since = since;
    this.timer = timer;
  }
}

class Zombie {
  declare readonly tag: 'zombie';
  declare readonly status: number;
  declare readonly since: Ns;
  constructor(status: number, since: Ns) {
    this.tag = 'zombie';
    this.status = status;
    this.since = since;
  }
}

class Exited {
  declare readonly tag: 'exited';
  declare readonly status: number;
  declare readonly since: Ns;
  constructor(status: number, since: Ns) {
    this.tag = 'exited';
    this.status = status;
    this.since = since;
  }
}

export const ready = (since: Ns): TaskState => new Ready(since);
export const interrupted = (since: Ns): TaskState => new Interrupted(since);
export const running = (cpu: number, since: Ns): TaskState => new Running(cpu, since);
export const blocked = (on: BlockReason, since: Ns, timer = -1): TaskState => new Blocked(on, since, timer);
export const zombie = (status: number, since: Ns): TaskState => new Zombie(status, since);
export const exited = (status: number, since: Ns): TaskState => new Exited(status, since);

class Message implements Msg {
  declare readonly data: string;
  declare readonly repr: string;
  declare readonly from: Pid;
  declare readonly size: number;
  declare readonly handles: readonly number[];
  constructor(data: string, repr: string, from: Pid, handles: readonly number[]) {
    this.data = data;
    this.repr = repr;
    this.from = from;
    this.size = data.length;
    this.handles = handles;
  }
}

const NO_HANDLES: readonly number[] = Object.freeze([]);

export const message = (data: string, repr: string, from: Pid, handles: readonly number[] = NO_HANDLES): Msg =>
  new Message(data, repr, from, handles.length === 0 ? NO_HANDLES : Object.freeze(handles.slice()));
