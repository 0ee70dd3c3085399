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
 * for larger values; a token followed by `*N.` repeats N times, and so does a group of
 * tokens in brackets (`[01]*500.` is 0, 1 five hundred times: two tasks taking turns). A
 * schedule of the kernel's free mode (every order of visible operations, not the cost model's timing)
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

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

/**
 * A decoded schedule: runs of blocks (`blocks[i]`, one choice or a bracketed group's,
 * repeated `counts[i]` times).
 */
export interface ScheduleRuns {
  readonly blocks: readonly (readonly number[])[];
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

  load(saved: unknown): void {
    [this.i, this.run, this.rep, this.at] = saved as [number, number, number, number];
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
    const i = this.n++;
    this.picked[i] = c;
    this.kindOf[i] = CHOICE_KINDS.indexOf(kind);
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
    if (this.text) throw new Error('this run recorded only its schedule (scheduleOnly), not its decisions');
  }

  get choices(): number[] {
    this.full();
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
    return encodeSchedule(this.picked.length === this.n ? this.picked : this.picked.slice(0, this.n));
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
    this.used = s.n === 0 ? 0 : this.startOf[s.n - 1]! + this.optionsOf[s.n - 1]!;
    this.inner.load!(s.inner);
  }
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function token(c: number): string {
  return c < 36 ? DIGITS[c]! : `(${c.toString(36)})`;
}

/** Tokens with runs of one value folded (`0*12.`). */
function encodeRuns(choices: ArrayLike<number>, from: number, to: number): string {
  let out = '';
  let i = from;
  while (i < to) {
    const c = choices[i]!;
    let j = i + 1;
    while (j < to && choices[j] === c) j++;
    out += run(c, j - i);
    i = j;
  }
  return out;
}

/** The longest block this folds into a bracketed group. */
const MAX_PERIOD = 8;

/**
 * The shortest text for choices[i..] that starts with a repeated group, if one saves
 * characters: a block of 2..8 choices (not all equal) repeated at least three times.
 */
function group(choices: ArrayLike<number>, i: number): { text: string; next: number } | null {
  let best: { text: string; next: number; saved: number } | null = null;
  for (let p = 2; p <= MAX_PERIOD && i + 3 * p <= choices.length; p++) {
    let uniform = true;
    for (let k = 1; k < p; k++) if (choices[i + k] !== choices[i]) uniform = false;
    if (uniform) continue;
    let r = 1;
    for (;;) {
      const at = i + r * p;
      if (at + p > choices.length) break;
      let same = true;
      for (let k = 0; k < p && same; k++) if (choices[at + k] !== choices[i + k]) same = false;
      if (!same) break;
      r++;
    }
    if (r < 3) continue;
    const text = `[${encodeRuns(choices, i, i + p)}]*${r}.`;
    const saved = encodeRuns(choices, i, i + p * r).length - text.length;
    if (saved > 0 && (best === null || saved > best.saved)) best = { text, next: i + p * r, saved };
  }
  return best;
}

/**
 * The shortest schedule string this makes of `choices`: runs folded, and groups that
 * repeat (tasks taking turns). A run recorded with `scheduleOnly` folds runs alone; both
 * read back to the same choices.
 */
export function encodeSchedule(choices: ArrayLike<number>): string {
  let out = '';
  let i = 0;
  while (i < choices.length) {
    const g = group(choices, i);
    if (g !== null) {
      out += g.text;
      i = g.next;
      continue;
    }
    const c = choices[i]!;
    let j = i + 1;
    while (j < choices.length && choices[j] === c) j++;
    // A run stops where a group would start.
    for (let k = i + 1; k < j; k++) {
      if (group(choices, k) !== null) {
        j = k;
        break;
      }
    }
    out += encodeRuns(choices, i, j);
    i = j;
  }
  return out;
}

/** Choice values fit the recorder's 32-bit slots. */
const MAX_CHOICE = 0xffff_ffff;

/** The most choices a bracketed group may hold (it is expanded once; its repetitions are not). */
export const MAX_GROUP = 4096;

/** Reads a schedule string (without a mode marker) into runs, checking every token; never expands a run. */
export function scheduleRuns(text: string, base = 0): ScheduleRuns {
  const blocks: number[][] = [];
  const counts: number[] = [];
  let length = 0;
  let i = 0;
  const fail = (why: string): never => {
    throw new ScheduleError(`bad schedule string at character ${base + i + 1}: ${why}`);
  };
  const count = (): number => {
    if (text[i] !== '*') return 1;
    const dot = text.indexOf('.', i);
    if (dot < 0) fail("'*' without a closing '.'");
    const digits = text.slice(i + 1, dot);
    const n = Number(digits);
    if (!/^\d+$/.test(digits) || n < 1) fail(`'${digits}' is not a count of 1 or more`);
    i = dot + 1;
    return n;
  };
  while (i < text.length) {
    const ch = text[i]!;
    let block: number[];
    if (ch === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) fail("'[' without ']'");
      const nested = text.indexOf('[', i + 1);
      if (nested >= 0 && nested < close) {
        i = nested;
        fail('groups in brackets do not nest');
      }
      const inner = scheduleRuns(text.slice(i + 1, close), base + i + 1);
      if (inner.length === 0) fail('an empty group');
      if (inner.length > MAX_GROUP) fail(`a group in brackets holds at most ${MAX_GROUP} choices`);
      block = [];
      inner.blocks.forEach((b, r) => {
        for (let k = 0; k < inner.counts[r]!; k++) block.push(...b);
      });
      i = close + 1;
      if (text[i] !== '*') fail("a group in brackets needs '*N.' after it");
    } else if (ch === '(') {
      const close = text.indexOf(')', i);
      if (close < 0) fail("'(' without ')'");
      const digits = text.slice(i + 1, close);
      if (!/^[0-9a-z]+$/.test(digits)) fail(`'${digits}' is not a base-36 number`);
      const value = parseInt(digits, 36);
      if (value > MAX_CHOICE) fail(`choice '${digits}' is larger than ${MAX_CHOICE.toString(36)}`);
      block = [value];
      i = close + 1;
    } else {
      const value = DIGITS.indexOf(ch);
      if (value < 0) fail(`unexpected '${ch}'`);
      block = [value];
      i++;
    }
    const n = count();
    if (!Number.isSafeInteger(length + n * block.length)) fail(`the schedule is longer than ${Number.MAX_SAFE_INTEGER} choices`);
    blocks.push(block);
    counts.push(n);
    length += n * block.length;
  }
  return { blocks, counts, length };
}

/** Choices a schedule may expand to as a plain array (beyond it, replay its runs lazily). */
export const MAX_EXPANDED = 10_000_000;

/** The choices of a schedule string, one per element (refused when longer than MAX_EXPANDED). */
export function decodeSchedule(text: string): number[] {
  const runs = scheduleRuns(text);
  if (runs.length > MAX_EXPANDED) throw new ScheduleError(`the schedule has ${runs.length} choices, more than ${MAX_EXPANDED} to expand; replay it with ReplayChooser(scheduleRuns(text))`);
  const out: number[] = [];
  for (let r = 0; r < runs.blocks.length; r++) for (let k = 0; k < runs.counts[r]!; k++) out.push(...runs.blocks[r]!);
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
