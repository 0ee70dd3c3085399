/**
 * The Chooser: every decision point where more than one next step is legal.
 *
 * The kernel asks only when there is a real choice (n >= 2), and tells the chooser
 * which task each option stands for, so that an explorer can reason per task and a
 * person can pick "which task goes next". The answers, in order, are the run's
 * *schedule*; its printable form (schedule.ts) replays the run exactly. A seeded chooser
 * draws from one `seedrandom` stream per kind of decision, so adding a decision of one
 * kind does not shift the draws of another. Choices past the end of a replayed schedule
 * take option 0 — the cost model's earliest event — so a prefix is itself a valid
 * schedule (the one rule for both modes; a run says on stderr where its schedule ran out).
 */
import seedrandom from 'seedrandom';
import type { Tid } from './types.js';
import { ScheduleError, type ScheduleRuns, ScheduleText, encodeSchedule } from './schedule.js';

export {
  FREE_MARK,
  MAX_EXPANDED,
  MAX_GROUP,
  ScheduleError,
  type ScheduleMode,
  type ScheduleRuns,
  decodeSchedule,
  encodeSchedule,
  formatSchedule,
  parseSchedule,
  parseScheduleRuns,
  scheduleRuns,
} from './schedule.js';

export type ChoiceKind =
  | 'tie' // which of several events within the race window happens first
  | 'jitter' // how late a timer fires, within the timer slack
  | 'wake' // which of several eligible waiters gets the object
  | 'lottery' // the lottery policy's draw
  | 'pace' // how fast a new task runs (variation.ts)
  | 'start' // how long a new interpreter takes to start (variation.ts)
  | 'latency' // how long a woken task takes to continue (variation.ts)
  | 'feeder'; // whether a queue's feeder thread has written an item a poll looks for (ipc/queue.ts)

export const CHOICE_KINDS: readonly ChoiceKind[] = ['tie', 'jitter', 'wake', 'lottery', 'pace', 'start', 'latency', 'feeder'];

/** Each kind's index in CHOICE_KINDS (a recorder stores it at every decision). */
const KIND_INDEX = Object.fromEntries(CHOICE_KINDS.map((kind, i) => [kind, i])) as Record<ChoiceKind, number>;

export interface Chooser {
  /**
   * Returns an integer in [0, n). Called only with n >= 2. `who[i]` (i < n) is the task
   * option i stands for: the task whose event happens first ('tie'), the waiter that gets
   * the object ('wake'), the holder of ticket i ('lottery'), the task whose timer is late
   * by i steps ('jitter'). `who` is the kernel's scratch buffer, valid during the call only
   * (and possibly longer than n): copy what you keep.
   */
  choose(kind: ChoiceKind, n: number, who: Int32Array): number;
  /** Its position, for a machine checkpoint (see checkpoint.ts); `load` goes back to it. */
  save?(): unknown;
  load?(saved: unknown): void;
}

/**
 * The buffer the kernel lists a decision's candidates in: one per machine, reused, so a
 * decision allocates nothing.
 */
export class Candidates {
  who = new Int32Array(16);
  /**
   * Free mode's sort keys, parallel to `who`: when each event is due, and its CPU (timers:
   * cpus + seq). Plain arrays: a machine boots for every explored run, and typed arrays
   * cost more to make than these cost to fill.
   */
  readonly at: number[] = [];
  readonly slot: number[] = [];

  /** The buffer, with room for at least n candidates. */
  room(n: number): Int32Array {
    if (n > this.who.length) this.grow(n);
    return this.who;
  }

  /** Inserts candidate `tid`, due `at`, into the first n, kept sorted by (at, slot); returns n + 1. */
  add(n: number, at: number, slot: number, tid: Tid): number {
    if (n >= this.who.length) this.grow(n + 1);
    let i = n;
    while (i > 0 && (this.at[i - 1]! > at || (this.at[i - 1] === at && this.slot[i - 1]! > slot))) {
      this.at[i] = this.at[i - 1]!;
      this.slot[i] = this.slot[i - 1]!;
      this.who[i] = this.who[i - 1]!;
      i--;
    }
    this.at[i] = at;
    this.slot[i] = slot;
    this.who[i] = tid;
    return n + 1;
  }

  private grow(n: number): void {
    const who = new Int32Array(Math.max(n, this.who.length * 2));
    who.set(this.who);
    this.who = who;
  }

  /** The buffer holding `tid` in its first n slots. */
  all(n: number, tid: Tid): Int32Array {
    const who = this.room(n);
    who.fill(tid, 0, n);
    return who;
  }
}

/** The default: seeded pseudo-random choices, one stream per kind. */
export class SeededChooser implements Chooser {
  private readonly streams = new Map<ChoiceKind, seedrandom.StatefulPRNG<seedrandom.State.Alea>>();
  constructor(readonly seed: number | string) {}

  choose(kind: ChoiceKind, n: number, _who?: Int32Array): number {
    let prng = this.streams.get(kind);
    if (!prng) {
      prng = seedrandom.alea(`${this.seed}/${kind}`, { state: true });
      this.streams.set(kind, prng);
    }
    return Math.floor(prng() * n);
  }

  save(): unknown {
    return [...this.streams].map(([kind, prng]) => [kind, prng.state()] as const);
  }

  load(saved: unknown): void {
    this.streams.clear();
    for (const [kind, state] of saved as [ChoiceKind, seedrandom.State.Alea][]) this.streams.set(kind, seedrandom.alea('', { state }));
  }
}

/**
 * Replays a schedule (a list of choices or its runs). Past its end, choices come from
 * `fallback`; without one (the kernel's rule), every later choice is 0.
 */
export class ReplayChooser implements Chooser {
  private i = 0;
  /** The position: run `run`, its repetition `rep`, choice `at` of its block. */
  private run = 0;
  private rep = 0;
  private at = 0;
  private readonly runs: ScheduleRuns;
  constructor(
    choices: readonly number[] | ScheduleRuns,
    private readonly fallback: Chooser | null = null,
  ) {
    this.runs = Array.isArray(choices) ? { blocks: choices.map((c) => [c]), counts: choices.map(() => 1), length: choices.length } : (choices as ScheduleRuns);
  }

  choose(kind: ChoiceKind, n: number, who: Int32Array = EMPTY_WHO): number {
    const index = this.i++;
    if (index >= this.runs.length) return this.fallback ? this.fallback.choose(kind, n, who) : 0;
    const block = this.runs.blocks[this.run]!;
    const c = block[this.at++]!;
    if (this.at === block.length) {
      this.at = 0;
      if (++this.rep === this.runs.counts[this.run]!) {
        this.rep = 0;
        this.run++;
      }
    }
    if (c >= n) {
      throw new ScheduleError(
        `the schedule does not fit this run: choice ${index + 1} is ${c}, but only ${n} options exist there`,
      );
    }
    return c;
  }

  /** How many of the schedule's choices were used. */
  get used(): number {
    return Math.min(this.i, this.runs.length);
  }

  /** Whether the run asked for more choices than the schedule has. */
  get exhausted(): boolean {
    return this.i > this.runs.length;
  }

  /** The number of choices the schedule holds. */
  get length(): number {
    return this.runs.length;
  }

  save(): unknown {
    return [this.i, this.run, this.rep, this.at];
  }

  /** Back to a saved position, or to choice number `saved` (the run, repetition and block place it falls in). */
  load(saved: unknown): void {
    if (typeof saved !== 'number') {
      [this.i, this.run, this.rep, this.at] = saved as [number, number, number, number];
      return;
    }
    this.i = saved;
    let rest = Math.min(saved, this.runs.length);
    const { blocks, counts } = this.runs;
    this.run = 0;
    while (this.run < blocks.length && rest >= blocks[this.run]!.length * counts[this.run]!) rest -= blocks[this.run]!.length * counts[this.run++]!;
    const size = this.run < blocks.length ? blocks[this.run]!.length : 1;
    this.rep = Math.floor(rest / size);
    this.at = rest % size;
  }
}

const EMPTY_WHO = new Int32Array(0);

/**
 * Wraps a chooser and records every decision: its kind, its candidates (the task each
 * option stood for) and the answer, so any run can print its schedule and show, for each
 * decision, who could have gone instead. With `scheduleOnly`, it keeps the schedule's
 * text alone (a command-line run needs no more, and keeps its memory bounded by it):
 * asking for the decisions then is our bug.
 */
export class RecordingChooser implements Chooser {
  /**
   * Choice, kind, number of options and where the candidates start, per decision; the
   * candidates of all decisions end to end in `pool`. Plain arrays: a machine boots for
   * every explored run, and typed arrays cost more to make than these cost to fill. The
   * first `n` entries (and `used` of the pool) are this run's: after `load` moves back,
   * the entries past them stay until overwritten, so a later checkpoint of the same run
   * can be loaded again.
   */
  private readonly picked: number[] = [];
  private readonly kindOf: number[] = [];
  private readonly optionsOf: number[] = [];
  private readonly startOf: number[] = [];
  private readonly pool: number[] = [];
  private n = 0;
  private used = 0;
  private readonly text: ScheduleText | null;
  /** Counts decisions only: the inner chooser keeps them (the stepping UI's tape). */
  private readonly counting: boolean;
  /** Keeps the answers alone: the inner chooser records the rest (the explorer's Recorder). */
  private readonly answers: boolean;
  /**
   * `keep`: what is kept of each decision: all of it (false, 'decisions'), the schedule
   * string only (true, 'schedule'), the answers only ('choices': `choices` and
   * `schedule()` work, the other queries do not), or nothing but their number ('count':
   * the inner chooser keeps them; checkpoints still work, schedule() does not).
   */
  constructor(
    private readonly inner: Chooser,
    keep: boolean | 'decisions' | 'schedule' | 'choices' | 'count' = false,
  ) {
    this.text = keep === true || keep === 'schedule' ? new ScheduleText() : null;
    this.counting = keep === 'count';
    this.answers = keep === 'choices';
  }

  choose(kind: ChoiceKind, n: number, who: Int32Array): number {
    const c = this.inner.choose(kind, n, who);
    if (this.counting) {
      this.n++;
      return c;
    }
    if (this.answers) {
      this.picked[this.n++] = c;
      return c;
    }
    if (this.text) {
      this.text.push(c);
      this.n++;
      return c;
    }
    const i = this.n++;
    this.picked[i] = c;
    this.kindOf[i] = KIND_INDEX[kind];
    this.optionsOf[i] = n;
    this.startOf[i] = this.used;
    for (let j = 0; j < n; j++) this.pool[this.used++] = who[j]!;
    return c;
  }

  /** How many decisions were made. */
  get length(): number {
    return this.n;
  }

  /** The decisions themselves exist only when they were recorded. */
  private full(): void {
    this.picks();
    if (this.answers) throw new Error("this run kept only its decisions' answers (keepDecisions: 'choices')");
  }

  /** The answers exist unless only the schedule's text or the decisions' number was kept. */
  private picks(): void {
    if (this.text) throw new Error('this run recorded only its schedule (scheduleOnly), not its decisions');
    if (this.counting) throw new Error('this run kept no decisions (keepDecisions: false): its chooser has them');
  }

  get choices(): number[] {
    this.picks();
    return this.picked.slice(0, this.n);
  }

  get kinds(): ChoiceKind[] {
    this.full();
    return this.kindOf.slice(0, this.n).map((i) => CHOICE_KINDS[i]!);
  }

  get options(): number[] {
    this.full();
    return this.optionsOf.slice(0, this.n);
  }

  /** The task each option of decision i stood for (a copy). */
  candidates(i: number): Tid[] {
    this.full();
    if (i < 0 || i >= this.n) throw new RangeError(`no decision ${i}`);
    return this.pool.slice(this.startOf[i]!, this.startOf[i]! + this.optionsOf[i]!);
  }

  /** The task the answer of decision i stood for. */
  chosen(i: number): Tid {
    this.full();
    if (i < 0 || i >= this.n) throw new RangeError(`no decision ${i}`);
    return this.pool[this.startOf[i]! + this.picked[i]!]!;
  }

  /** The choices alone, without a mode marker (see Kernel.schedule for the full string). */
  schedule(): string {
    if (this.text) return this.text.text();
    this.picks();
    return encodeSchedule(this.picked.length === this.n ? this.picked : this.picked.slice(0, this.n));
  }

  /** The number of decisions so far and the inner chooser's position (it must be able to save). */
  save(): unknown {
    if (this.text) this.full();
    if (!this.inner.save) throw new Error('this chooser cannot be checkpointed');
    return { n: this.n, inner: this.inner.save() };
  }

  /** Back to a saved position: decisions after it are forgotten. */
  load(saved: unknown): void {
    const s = saved as { n: number; inner: unknown };
    this.n = s.n;
    this.used = s.n === 0 || this.counting || this.answers ? 0 : this.startOf[s.n - 1]! + this.optionsOf[s.n - 1]!;
    this.inner.load!(s.inner);
  }
}

/** Whether the first n candidates are one task (n >= 1): a recorder may keep it once. */
export function isUniform(who: ArrayLike<number>, n: number): boolean {
  const first = who[0];
  for (let i = 1; i < n; i++) if (who[i] !== first) return false;
  return n > 0;
}
