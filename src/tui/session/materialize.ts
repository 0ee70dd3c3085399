/**
 * Rebuilding a program's real state at a step: its genesis (loaded again from its
 * image, or the copy made when it was forked), then every logged call up to that step
 * replayed — programs are deterministic, so they answer exactly as they did. Done only
 * for the programs someone looks at; one is kept per process, so stepping forward
 * replays only the new calls.
 */
import { panic } from '../../kernel/panic.js';
import type { AddressSpace, Loader, ProgramView } from '../../kernel/program.js';
import type { Pid, Tid } from '../../kernel/types.js';
import type { Base, Entry, SpaceRecord } from './record.js';

interface Built {
  record: SpaceRecord;
  space: AddressSpace;
  /** Log entries applied. */
  index: number;
  /** The position it shows. */
  step: number;
}

export class Materializer {
  private readonly built = new Map<Pid, Built>();

  constructor(
    /** Loads programs to look inside. */
    private readonly loader: Loader,
    /** Loads programs that run again (a new branch): they report where they are. */
    private readonly tracked: Loader,
    private readonly records: (pid: Pid) => SpaceRecord | null,
  ) {}

  /** A new real copy of pid's program as it was at position p (for a branch to run). */
  fresh(pid: Pid, p: number): AddressSpace {
    const b = this.start(this.record(pid), p, Infinity, this.tracked);
    this.advance(b, p);
    return b.space;
  }

  /** What pid's task `tid` shows at position p. */
  inspect(pid: Pid, tid: Tid, p: number): ProgramView | null {
    const record = this.records(pid);
    if (record === null) return null;
    let b = this.built.get(pid);
    // Back to a position before any call it replayed since: the program is as it was there (a step back mostly moves another process).
    if (b !== undefined && b.record === record && b.step > p && (b.index === 0 || record.log.step(b.index - 1) <= p)) b.step = p;
    if (b === undefined || b.record !== record || b.step > p || this.baseBetween(record, b.index, p)) {
      b = this.start(record, p);
      this.built.set(pid, b);
    }
    this.advance(b, p);
    return b.space.inspect?.(tid) ?? null;
  }

  /** Drops every kept program (the run changed). */
  forget(): void {
    this.built.clear();
  }

  private record(pid: Pid): SpaceRecord {
    const r = this.records(pid);
    if (r === null) panic(`no program was recorded for pid ${pid}`);
    return r;
  }

  /** The program at the last base before position p, or at its genesis. */
  private start(record: SpaceRecord, p: number, maxIndex = Infinity, loader = this.loader): Built {
    const base = this.lastBase(record, p, maxIndex);
    if (base !== null) return { record, space: base.snapshot.restore(), index: base.index, step: 0 };
    const g = record.genesis;
    if (g.kind === 'load') {
      const space = loader(g.image, g.ctx);
      if (space === null) panic(`pid ${record.pid}'s program no longer loads`);
      return { record, space, index: 0, step: 0 };
    }
    // Forked: the parent as it was just before the fork, forked again.
    const parent = this.record(g.parent);
    const e = g.entry < parent.log.length ? parent.log.entry(g.entry) : null;
    if (e?.op !== 'fork') panic(`pid ${record.pid}'s fork is not in its parent's log`);
    const pb = this.start(parent, e.step, g.entry, loader);
    this.advanceTo(pb, g.entry);
    return { record, space: pb.space.fork(e.tid, e.childTid, e.childPid), index: 0, step: 0 };
  }

  /** The last base whose entries all happened by position p. */
  private lastBase(record: SpaceRecord, p: number, maxIndex = Infinity): Base | null {
    let best: Base | null = null;
    for (const b of record.bases) {
      if (b.index > maxIndex || (b.index > 0 && record.log.step(b.index - 1) > p)) break;
      best = b;
    }
    return best;
  }

  /** Whether a base lies between entry `index` and position p (rebuilding from it replays less). */
  private baseBetween(record: SpaceRecord, index: number, p: number): boolean {
    const b = this.lastBase(record, p);
    return b !== null && b.index > index;
  }

  private advance(b: Built, p: number): void {
    const log = b.record.log;
    while (b.index < log.length && log.step(b.index) <= p) apply(b.record.pid, b.space, log.entry(b.index++));
    b.step = p;
  }

  /** Applies entries up to (not including) `index`. */
  private advanceTo(b: Built, index: number): void {
    const log = b.record.log;
    while (b.index < index) apply(b.record.pid, b.space, log.entry(b.index++));
  }
}

function apply(pid: Pid, space: AddressSpace, e: Entry): void {
  switch (e.op) {
    case 'run': {
      const r = space.run(e.tid, e.budget, e.resume);
      if (r.used !== e.used || (r.call?.op ?? null) !== (e.call?.op ?? null)) {
        panic(`pid ${pid}'s program answered differently when replayed (used ${r.used} ns, ${r.call?.op ?? 'no call'}; logged ${e.used} ns, ${e.call?.op ?? 'no call'})`);
      }
      return;
    }
    case 'thread':
      space.startThread?.(e.tid, e.entry);
      return;
    case 'signal':
      space.signal?.(e.tid, e.sigs);
      return;
    case 'fork':
      // fork copies the program; the parent's own state does not change.
      return;
    default: {
      const never: never = e;
      panic(`unknown log entry ${JSON.stringify(never)}`);
    }
  }
}
