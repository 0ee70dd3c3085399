/**
 * The loop behind finditer, findall, sub, subn and split: successive searches,
 * each starting where the previous match ended; after an empty match the next
 * one may not be empty at the same place (sre's must_advance), so
 * `re.findall(r'\w*', 'ab cd')` is ['ab', '', 'cd', ''].
 */
import { Machine, Mode, Status } from './machine.js';
import type { Subject } from './subject.js';
import type { Program } from './program.js';

/** pos/endpos as sre clamps them to the string. */
export function clampBounds(length: number, pos: number, endpos: number): [number, number] {
  const p = Math.max(0, Math.min(pos, length));
  const e = Math.max(0, Math.min(endpos, length));
  return [p, e];
}

export class Scanner {
  readonly machine: Machine;
  private at: number;
  private mustAdvance = false;
  private searching = false;
  done = false;

  constructor(prog: Program, subject: Subject, pos: number, endpos: number) {
    this.machine = new Machine(prog, subject, endpos);
    this.at = pos;
  }

  /**
   * Searches for the next match, for at most about `quota` steps. Match: the
   * machine holds it. Fail: no more matches (and every later call fails).
   */
  next(quota: number): Status {
    if (this.done) return Status.Fail;
    if (!this.searching) {
      this.machine.begin(this.at, Mode.Search, this.mustAdvance);
      this.searching = true;
    }
    const st = this.machine.run(quota);
    if (st === Status.Paused) return st;
    this.searching = false;
    if (st === Status.Fail) {
      this.done = true;
      return st;
    }
    const m = this.machine;
    this.mustAdvance = m.matchEnd === m.matchStart;
    this.at = m.matchEnd;
    return st;
  }
}
