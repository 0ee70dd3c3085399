/**
 * The session's Chooser: a tape of every decision of the current branch of the run.
 * Re-executing the known run reads the tape; past its end (the first run, or a branch
 * after the user took a decision over) the run's own chooser decides and the tape grows.
 * Its saved position is the index on the tape, so checkpoints stay tiny.
 */
import { CHOICE_KINDS, type ChoiceKind, type Chooser, ReplayChooser, SeededChooser, isUniform, parseSchedule } from '../../kernel/chooser.js';
import { panic } from '../../kernel/panic.js';
import { int32s, uint8s } from './columns.js';

/** The decisions of one branch of a run: choice, kind and number of options of each, and the tasks they stood for. */
export class Tape {
  private readonly choice = int32s(1024);
  private readonly kind = uint8s(1024);
  private readonly opts = int32s(1024);
  /** Decision i's candidates are pool[start[i] .. start[i] + opts[i]); a decision whose options all
   *  stand for one task (a timer's jitter) keeps it once, at start -1 - its place in the pool. */
  private readonly start = int32s(1024);
  private readonly pool = int32s(4096);

  get length(): number {
    return this.choice.length;
  }

  choiceAt(i: number): number {
    return this.choice.at(i);
  }

  kindAt(i: number): ChoiceKind {
    return CHOICE_KINDS[this.kind.at(i)]!;
  }

  optionsAt(i: number): number {
    return this.opts.at(i);
  }

  /** The tasks decision i's options stood for. */
  candidates(i: number): number[] {
    const a = this.start.at(i);
    if (a < 0) return new Array<number>(this.opts.at(i)).fill(this.pool.at(-1 - a));
    return this.pool.toArray(a, a + this.opts.at(i));
  }

  /** Choices [from, to) (a view: read it before the tape grows). */
  choices(from = 0, to = this.length): ArrayLike<number> {
    return this.choice.view(from, to);
  }

  push(choice: number, kind: ChoiceKind, n: number, who: ArrayLike<number>): void {
    this.choice.push(choice);
    this.kind.push(CHOICE_KINDS.indexOf(kind));
    this.opts.push(n);
    const uniform = isUniform(who, n);
    this.start.push(uniform ? -1 - this.pool.length : this.pool.length);
    for (let i = 0; i < (uniform ? 1 : n); i++) this.pool.push(who[i]!);
  }
}

export class TapeChooser implements Chooser {
  /** The tape being read (a branch of the run has its own). */
  tape = new Tape();
  private pos = 0;

  constructor(
    /** Decides past the end of the tape. */
    private source: Chooser,
  ) {}

  choose(kind: ChoiceKind, n: number, who: Int32Array): number {
    const i = this.pos++;
    const t = this.tape;
    if (i < t.length) {
      if (t.kindAt(i) !== kind || t.optionsAt(i) !== n) {
        panic(`re-execution left the recorded run at decision ${i}: ${kind} of ${n}, the tape has ${t.kindAt(i)} of ${t.optionsAt(i)}`);
      }
      return t.choiceAt(i);
    }
    const c = this.source.choose(kind, n, who);
    t.push(c, kind, n, who);
    return c;
  }

  save(): unknown {
    return this.pos;
  }

  load(saved: unknown): void {
    this.pos = saved as number;
  }

  /**
   * A new branch: a tape with the decisions before `index`, then `choice` at `index`;
   * the run's chooser decides after it — drawn as it would have been had it made the
   * decisions before (so "seeded afterwards" means the same seeded streams). Returns
   * the new tape (now being read); the old one stays as it was.
   */
  branch(index: number, choice: number, fresh: () => Chooser): Tape {
    const old = this.tape;
    const n = old.optionsAt(index);
    if (n === undefined || choice < 0 || choice >= n) panic(`decision ${index} has no option ${choice}`);
    const source = fresh();
    for (let i = 0; i <= index; i++) source.choose(old.kindAt(i), old.optionsAt(i), Int32Array.from(old.candidates(i)));
    const t = new Tape();
    for (let i = 0; i <= index; i++) t.push(i < index ? old.choiceAt(i) : choice, old.kindAt(i), old.optionsAt(i), old.candidates(i));
    this.tape = t;
    this.source = source;
    return t;
  }
}

/** The chooser a run's options describe: a schedule to replay, or seeded decisions. */
export function runChooser(seed: number | string, schedule: string | undefined): () => Chooser {
  return schedule !== undefined ? () => new ReplayChooser(parseSchedule(schedule).choices) : () => new SeededChooser(seed);
}
