/**
 * The session's Chooser: a tape of every decision of the current branch of the run.
 * Re-executing the known run reads the tape; past its end (the first run, or a branch
 * after the user took a decision over) the run's own chooser decides and the tape grows.
 * Its saved position is the index on the tape, so checkpoints stay tiny.
 */
import { type ChoiceKind, type Chooser, ReplayChooser, SeededChooser, parseSchedule } from '../../kernel/chooser.js';
import { panic } from '../../kernel/panic.js';

/** The decisions of one branch of a run: choice, kind and number of options of each. */
export class Tape {
  readonly choices: number[] = [];
  readonly kinds: ChoiceKind[] = [];
  readonly options: number[] = [];
  /** The task each option stood for: decision i's are pool[starts[i] .. starts[i] + options[i]). */
  readonly starts: number[] = [];
  readonly pool: number[] = [];

  /** The tasks decision i's options stood for. */
  candidates(i: number): number[] {
    const a = this.starts[i]!;
    return this.pool.slice(a, a + this.options[i]!);
  }

  push(choice: number | null, kind: ChoiceKind, n: number, who: ArrayLike<number>): void {
    if (choice !== null) this.choices.push(choice);
    this.kinds.push(kind);
    this.options.push(n);
    this.starts.push(this.pool.length);
    for (let i = 0; i < n; i++) this.pool.push(who[i]!);
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

  get choices(): readonly number[] {
    return this.tape.choices;
  }

  get kinds(): readonly ChoiceKind[] {
    return this.tape.kinds;
  }

  get options(): readonly number[] {
    return this.tape.options;
  }

  choose(kind: ChoiceKind, n: number, who: Int32Array): number {
    const i = this.pos++;
    const t = this.tape;
    if (i < t.choices.length) {
      if (t.kinds[i] !== kind || t.options[i] !== n) {
        panic(`re-execution left the recorded run at decision ${i}: ${kind} of ${n}, the tape has ${t.kinds[i]} of ${t.options[i]}`);
      }
      return t.choices[i]!;
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
    const n = old.options[index];
    if (n === undefined || choice < 0 || choice >= n) panic(`decision ${index} has no option ${choice}`);
    const source = fresh();
    for (let i = 0; i <= index; i++) source.choose(old.kinds[i]!, old.options[i]!, Int32Array.from(old.candidates(i)));
    const t = new Tape();
    for (let i = 0; i <= index; i++) t.push(i < index ? old.choices[i]! : choice, old.kinds[i]!, old.options[i]!, old.candidates(i));
    this.tape = t;
    this.source = source;
    return t;
  }
}

/** The chooser a run's options describe: a schedule to replay, or seeded decisions. */
export function runChooser(seed: number | string, schedule: string | undefined): () => Chooser {
  return schedule !== undefined ? () => new ReplayChooser(parseSchedule(schedule).choices) : () => new SeededChooser(seed);
}
