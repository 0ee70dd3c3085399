/**
 * The Chooser: every decision point where more than one next step is legal.
 *
 * The kernel asks only when there is a real choice (n >= 2), and tells the chooser
 * which task each option stands for, so that an explorer can reason per task and a
 * person can pick "which task goes next". The answers, in order, are the run's
 * *schedule*; its printable form replays the run exactly. A seeded chooser draws from
 * one `seedrandom` stream per kind of decision, so adding a decision of one kind does
 * not shift the draws of another.
 *
 * Schedule strings: one token per choice, `0`-`9` `a`-`z` for 0..35, `(` base-36 `)`
 * for larger values; a token followed by `*N.` repeats N times. A schedule of the
 * kernel's free mode (every order of visible operations, not the cost model's timing)
 * starts with `free:`; replaying it switches the kernel to free mode. Choices past the
 * end of a replayed schedule take option 0 — the cost model's earliest event — so a
 * prefix is itself a valid schedule (the one rule for both modes; a run says on stderr
 * where its schedule ran out). A schedule is read as runs and replayed lazily, so
 * `1*99999999999.` costs two numbers, not a hundred billion.
 */
import seedrandom from 'seedrandom';
import type { Tid } from './types.js';

export type ChoiceKind =
  | 'tie' // which of several events within the race window happens first
  | 'jitter' // how late a timer fires, within the timer slack
  | 'wake' // which of several eligible waiters gets the object
  | 'lottery'; // the lottery policy's draw

export const CHOICE_KINDS: readonly ChoiceKind[] = ['tie', 'jitter', 'wake', 'lottery'];

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
  who = new Int32Array(64);
  /** Free mode's sort keys, parallel to `who`: when each event is due, and its CPU (timers: cpus + seq). */
  at = new Float64Array(64);
  slot = new Int32Array(64);

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
    const size = Math.max(n, this.who.length * 2);
    const who = new Int32Array(size);
    const at = new Float64Array(size);
    const slot = new Int32Array(size);
    who.set(this.who);
    at.set(this.at);
    slot.set(this.slot);
    this.who = who;
    this.at = at;
    this.slot = slot;
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

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

/** A decoded schedule: runs of equal choices (`values[i]` repeated `counts[i]` times). */
export interface ScheduleRuns {
  readonly values: readonly number[];
  readonly counts: readonly number[];
  /** The number of choices in all (at most Number.MAX_SAFE_INTEGER). */
  readonly length: number;
}

/**
 * Replays a schedule (a list of choices or its runs). Past its end, choices come from
 * `fallback`; without one (the kernel's rule), every later choice is 0.
 */
export class ReplayChooser implements Chooser {
  private i = 0;
  private run = 0;
  private left: number;
  private readonly runs: ScheduleRuns;
  constructor(
    choices: readonly number[] | ScheduleRuns,
    private readonly fallback: Chooser | null = null,
  ) {
    this.runs = Array.isArray(choices) ? { values: choices, counts: choices.map(() => 1), length: choices.length } : (choices as ScheduleRuns);
    this.left = this.runs.counts[0] ?? 0;
  }

  choose(kind: ChoiceKind, n: number, who: Int32Array = EMPTY_WHO): number {
    const index = this.i++;
    while (this.left === 0 && this.run < this.runs.values.length) this.left = this.runs.counts[++this.run] ?? 0;
    if (this.run >= this.runs.values.length) return this.fallback ? this.fallback.choose(kind, n, who) : 0;
    this.left--;
    const c = this.runs.values[this.run]!;
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
    return this.i;
  }

  /** Back to choice `saved`: the run it falls in, and what is left of that run. */
  load(saved: unknown): void {
    this.i = saved as number;
    let rest = this.i;
    this.run = 0;
    const { values, counts } = this.runs;
    while (this.run < values.length && rest >= counts[this.run]!) rest -= counts[this.run++]!;
    this.left = this.run < values.length ? counts[this.run]! - rest : 0;
  }
}

const EMPTY_WHO = new Int32Array(0);

/**
 * A schedule string made as choices come, holding only its text (what encodeSchedule
 * makes of the same choices): a run of millions of decisions costs what its schedule
 * string costs, usually a byte or less per decision.
 */
class ScheduleText {
  private readonly chunks: string[] = [];
  private pending = '';
  private value = -1;
  private count = 0;

  push(c: number): void {
    if (c === this.value) {
      this.count++;
      return;
    }
    this.pending += run(this.value, this.count);
    if (this.pending.length > 1 << 14) {
      this.chunks.push(this.pending);
      this.pending = '';
    }
    this.value = c;
    this.count = 1;
  }

  text(): string {
    return this.chunks.join('') + this.pending + run(this.value, this.count);
  }
}

/** One run of a schedule string: `count` times choice `c`. */
const run = (c: number, count: number): string => (count === 0 ? '' : count >= 4 ? `${token(c)}*${count}.` : token(c).repeat(count));

/**
 * Wraps a chooser and records every decision: its kind, its candidates (the task each
 * option stood for) and the answer, so any run can print its schedule and show, for each
 * decision, who could have gone instead. With `scheduleOnly`, it keeps the schedule's
 * text alone (a command-line run needs no more, and keeps its memory bounded by it):
 * asking for the decisions then is our bug.
 */
export class RecordingChooser implements Chooser {
  /** Choice, kind, number of options and where the candidates start, per decision, in typed
   *  arrays (runs make millions); the candidates of all decisions end to end in `pool`. A
   *  decision whose options all stand for one task (a timer's jitter) keeps it once, and
   *  its kind has the UNIFORM bit. */
  private picked = new Uint32Array(256);
  private kindOf = new Uint8Array(256);
  private optionsOf = new Uint32Array(256);
  private startOf = new Uint32Array(256);
  private pool = new Int32Array(1024);
  private used = 0;
  private n = 0;
  private readonly text: ScheduleText | null;
  constructor(
    private readonly inner: Chooser,
    scheduleOnly = false,
  ) {
    this.text = scheduleOnly ? new ScheduleText() : null;
  }

  choose(kind: ChoiceKind, n: number, who: Int32Array): number {
    const c = this.inner.choose(kind, n, who);
    if (this.text) {
      this.text.push(c);
      this.n++;
      return c;
    }
    if (this.n === this.picked.length) this.grow();
    const uniform = isUniform(who, n);
    const size = uniform ? 1 : n;
    if (this.used + size > this.pool.length) {
      const pool = new Int32Array(Math.max(this.pool.length * 2, this.used + size));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(who.subarray(0, size), this.used);
    this.picked[this.n] = c;
    this.kindOf[this.n] = CHOICE_KINDS.indexOf(kind) | (uniform ? UNIFORM : 0);
    this.optionsOf[this.n] = n;
    this.startOf[this.n] = this.used;
    this.used += size;
    this.n++;
    return c;
  }

  private grow(): void {
    const size = this.picked.length * 2;
    const widen = <A extends Uint32Array | Uint8Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.picked = widen(this.picked, (m) => new Uint32Array(m));
    this.kindOf = widen(this.kindOf, (m) => new Uint8Array(m));
    this.optionsOf = widen(this.optionsOf, (m) => new Uint32Array(m));
    this.startOf = widen(this.startOf, (m) => new Uint32Array(m));
  }

  /** How many decisions were made. */
  get length(): number {
    return this.n;
  }

  /** The decisions themselves exist only when they were recorded. */
  private full(): void {
    if (this.text) throw new Error('this run recorded only its schedule (scheduleOnly), not its decisions');
  }

  get choices(): number[] {
    this.full();
    return Array.from(this.picked.subarray(0, this.n));
  }

  get kinds(): ChoiceKind[] {
    this.full();
    return Array.from(this.kindOf.subarray(0, this.n), (i) => CHOICE_KINDS[i & ~UNIFORM]!);
  }

  get options(): number[] {
    this.full();
    return Array.from(this.optionsOf.subarray(0, this.n));
  }

  /** The task each option of decision i stood for (a copy). */
  candidates(i: number): Tid[] {
    this.full();
    if (i < 0 || i >= this.n) throw new RangeError(`no decision ${i}`);
    const start = this.startOf[i]!;
    if (this.kindOf[i]! & UNIFORM) return new Array<Tid>(this.optionsOf[i]!).fill(this.pool[start]!);
    return Array.from(this.pool.subarray(start, start + this.optionsOf[i]!));
  }

  /** The task the answer of decision i stood for. */
  chosen(i: number): Tid {
    this.full();
    if (i < 0 || i >= this.n) throw new RangeError(`no decision ${i}`);
    return this.pool[this.startOf[i]! + (this.kindOf[i]! & UNIFORM ? 0 : this.picked[i]!)]!;
  }

  /** The choices alone, without a mode marker (see Kernel.schedule for the full string). */
  schedule(): string {
    return this.text ? this.text.text() : encodeSchedule(this.picked.subarray(0, this.n));
  }

  /** The number of decisions so far and the inner chooser's position (it must be able to save). */
  save(): unknown {
    this.full();
    if (!this.inner.save) throw new Error('this chooser cannot be checkpointed');
    return { n: this.n, inner: this.inner.save() };
  }

  /** Back to a saved position: decisions after it are forgotten. */
  load(saved: unknown): void {
    const s = saved as { n: number; inner: unknown };
    this.n = s.n;
    const last = s.n - 1;
    this.used = s.n === 0 ? 0 : this.startOf[last]! + (this.kindOf[last]! & UNIFORM ? 1 : this.optionsOf[last]!);
    this.inner.load!(s.inner);
  }
}

/** The bit of a recorded kind that says every option stands for the same task. */
const UNIFORM = 0x80;

/** Whether the first n candidates are one task (n >= 1). */
export function isUniform(who: ArrayLike<number>, n: number): boolean {
  const first = who[0];
  for (let i = 1; i < n; i++) if (who[i] !== first) return false;
  return n > 0;
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function token(c: number): string {
  return c < 36 ? DIGITS[c]! : `(${c.toString(36)})`;
}

export function encodeSchedule(choices: ArrayLike<number>): string {
  let out = '';
  let i = 0;
  while (i < choices.length) {
    const c = choices[i]!;
    let j = i + 1;
    while (j < choices.length && choices[j] === c) j++;
    const run = j - i;
    const t = token(c);
    out += run >= 4 ? `${t}*${run}.` : t.repeat(run);
    i = j;
  }
  return out;
}

/** Choice values fit the recorder's 32-bit slots. */
const MAX_CHOICE = 0xffff_ffff;

/** Reads a schedule string (without a mode marker) into runs, checking every token; never expands it. */
export function scheduleRuns(text: string): ScheduleRuns {
  const values: number[] = [];
  const counts: number[] = [];
  let length = 0;
  let i = 0;
  const fail = (why: string): never => {
    throw new ScheduleError(`bad schedule string at character ${i + 1}: ${why}`);
  };
  while (i < text.length) {
    const ch = text[i]!;
    let value: number;
    if (ch === '(') {
      const close = text.indexOf(')', i);
      if (close < 0) fail("'(' without ')'");
      const digits = text.slice(i + 1, close);
      if (!/^[0-9a-z]+$/.test(digits)) fail(`'${digits}' is not a base-36 number`);
      value = parseInt(digits, 36);
      if (value > MAX_CHOICE) fail(`choice '${digits}' is larger than ${MAX_CHOICE.toString(36)}`);
      i = close + 1;
    } else {
      value = DIGITS.indexOf(ch);
      if (value < 0) fail(`unexpected '${ch}'`);
      i++;
    }
    let count = 1;
    if (text[i] === '*') {
      const dot = text.indexOf('.', i);
      if (dot < 0) fail("'*' without a closing '.'");
      const digits = text.slice(i + 1, dot);
      count = Number(digits);
      if (!/^\d+$/.test(digits) || count < 1) fail(`'${digits}' is not a count of 1 or more`);
      if (!Number.isSafeInteger(length + count)) fail(`the schedule is longer than ${Number.MAX_SAFE_INTEGER} choices`);
      i = dot + 1;
    }
    values.push(value);
    counts.push(count);
    length += count;
  }
  return { values, counts, length };
}

/** Choices a schedule may expand to as a plain array (beyond it, replay its runs lazily). */
export const MAX_EXPANDED = 10_000_000;

/** The choices of a schedule string, one per element (refused when longer than MAX_EXPANDED). */
export function decodeSchedule(text: string): number[] {
  const runs = scheduleRuns(text);
  if (runs.length > MAX_EXPANDED) throw new ScheduleError(`the schedule has ${runs.length} choices, more than ${MAX_EXPANDED} to expand; replay it with ReplayChooser(scheduleRuns(text))`);
  const out: number[] = [];
  for (let r = 0; r < runs.values.length; r++) for (let k = 0; k < runs.counts[r]!; k++) out.push(runs.values[r]!);
  return out;
}

/** The marker that starts a free-mode schedule string. */
export const FREE_MARK = 'free:';

/** Which kind of run a schedule string replays: the cost model's timing, or free mode. */
export type ScheduleMode = 'timed' | 'free';

/** A schedule string's mode and choices; a ScheduleError names the bad character. */
export function parseSchedule(text: string): { mode: ScheduleMode; choices: number[] } {
  if (text.startsWith(FREE_MARK)) return { mode: 'free', choices: offset(() => decodeSchedule(text.slice(FREE_MARK.length)), FREE_MARK.length) };
  return { mode: 'timed', choices: decodeSchedule(text) };
}

/** A schedule string's mode and its choices as runs (any length: nothing is expanded). */
export function parseScheduleRuns(text: string): { mode: ScheduleMode; runs: ScheduleRuns } {
  if (text.startsWith(FREE_MARK)) return { mode: 'free', runs: offset(() => scheduleRuns(text.slice(FREE_MARK.length)), FREE_MARK.length) };
  return { mode: 'timed', runs: scheduleRuns(text) };
}

/** A schedule string for `choices` made in `mode`. */
export function formatSchedule(mode: ScheduleMode, choices: ArrayLike<number>): string {
  return (mode === 'free' ? FREE_MARK : '') + encodeSchedule(choices);
}

/** Runs a decoder over the text after a marker, shifting character positions in its errors. */
function offset<T>(decode: () => T, by: number): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof ScheduleError) {
      throw new ScheduleError(e.message.replace(/at character (\d+)/, (_, n: string) => `at character ${Number(n) + by}`));
    }
    throw e;
  }
}
