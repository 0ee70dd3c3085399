/**
 * The session's Chooser: a tape of every decision of the current branch of the run.
 * Re-executing the known run reads the tape; past its end (the first run, or a branch
 * after the user took a decision over) the run's own chooser decides and the tape grows.
 * Its saved position is the index on the tape, so checkpoints stay tiny.
 */
import { type ChoiceKind, type Chooser, ReplayChooser, SeededChooser, decodeSchedule } from '../../kernel/chooser.js';
import { panic } from '../../kernel/panic.js';

export class TapeChooser implements Chooser {
  /** Decisions of the current branch: choice, kind, number of options. */
  readonly choices: number[] = [];
  readonly kinds: ChoiceKind[] = [];
  readonly options: number[] = [];
  private pos = 0;

  constructor(
    /** Decides past the end of the tape. */
    private source: Chooser,
  ) {}

  choose(kind: ChoiceKind, n: number): number {
    const i = this.pos++;
    if (i < this.choices.length) {
      if (this.kinds[i] !== kind || this.options[i] !== n) {
        panic(`re-execution left the recorded run at decision ${i}: ${kind} of ${n}, the tape has ${this.kinds[i]} of ${this.options[i]}`);
      }
      return this.choices[i]!;
    }
    const c = this.source.choose(kind, n);
    this.choices.push(c);
    this.kinds.push(kind);
    this.options.push(n);
    return c;
  }

  save(): unknown {
    return this.pos;
  }

  load(saved: unknown): void {
    this.pos = saved as number;
  }

  /**
   * A new branch: decisions from `index` on are forgotten, decision `index` becomes
   * `choice`, and the run's chooser decides after it — drawn as it would have been had
   * it made the decisions before (so "seeded afterwards" means the same seeded streams).
   */
  branch(index: number, choice: number, fresh: () => Chooser): void {
    const n = this.options[index];
    if (n === undefined || choice < 0 || choice >= n) panic(`decision ${index} has no option ${choice}`);
    const source = fresh();
    for (let i = 0; i <= index; i++) source.choose(this.kinds[i]!, this.options[i]!);
    this.choices.length = index;
    this.kinds.length = index + 1;
    this.options.length = index + 1;
    this.choices.push(choice);
    this.source = source;
  }
}

/** The chooser a run's options describe: a schedule to replay, or seeded decisions. */
export function runChooser(seed: number | string, schedule: string | undefined): () => Chooser {
  return schedule !== undefined ? () => new ReplayChooser(decodeSchedule(schedule)) : () => new SeededChooser(seed);
}
