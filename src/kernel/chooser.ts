/**
 * The Chooser: every decision point where more than one next step is legal.
 *
 * The kernel asks only when there is a real choice (n >= 2). The answers, in order,
 * are the run's *schedule*; its printable form replays the run exactly. A seeded
 * chooser draws from one `seedrandom` stream per kind of decision, so adding a
 * decision of one kind does not shift the draws of another.
 *
 * Schedule strings: one token per choice, `0`-`9` `a`-`z` for 0..35, `(` base-36 `)`
 * for larger values; a token followed by `*N.` repeats N times. A schedule is read as
 * runs and replayed lazily, so `1*99999999999.` costs two numbers, not a billion.
 * Past the end of a replayed schedule the run's seeded chooser decides (the kernel
 * passes it as the fallback), and the run says where the schedule ran out.
 */
import seedrandom from 'seedrandom';

export type ChoiceKind =
  | 'tie' // which of several events within the race window happens first
  | 'jitter' // how late a timer fires, within the timer slack
  | 'wake' // which of several eligible waiters gets the object
  | 'lottery'; // the lottery policy's draw

export const CHOICE_KINDS: readonly ChoiceKind[] = ['tie', 'jitter', 'wake', 'lottery'];

export interface Chooser {
  /** Returns an integer in [0, n). Called only with n >= 2. */
  choose(kind: ChoiceKind, n: number): number;
}

/** The default: seeded pseudo-random choices, one stream per kind. */
export class SeededChooser implements Chooser {
  private readonly streams = new Map<ChoiceKind, () => number>();
  constructor(readonly seed: number | string) {}

  choose(kind: ChoiceKind, n: number): number {
    let next = this.streams.get(kind);
    if (!next) {
      const prng = seedrandom.alea(`${this.seed}/${kind}`);
      next = () => prng();
      this.streams.set(kind, next);
    }
    return Math.floor(next() * n);
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
 * Replays a schedule. Past its end, choices come from `fallback` (the kernel gives the
 * run's seeded chooser); without one, every later choice is 0.
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

  choose(kind: ChoiceKind, n: number): number {
    const index = this.i++;
    while (this.left === 0 && this.run < this.runs.values.length) this.left = this.runs.counts[++this.run] ?? 0;
    if (this.run >= this.runs.values.length) return this.fallback ? this.fallback.choose(kind, n) : 0;
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
}

/** Wraps a chooser and records every answer, so any run can print its schedule. */
export class RecordingChooser implements Chooser {
  /** Choice, kind and number of options of every decision, in typed arrays (runs make millions). */
  private picked = new Uint32Array(256);
  private kindOf = new Uint8Array(256);
  private optionsOf = new Uint32Array(256);
  private n = 0;
  constructor(private readonly inner: Chooser) {}

  choose(kind: ChoiceKind, n: number): number {
    const c = this.inner.choose(kind, n);
    if (this.n === this.picked.length) this.grow();
    this.picked[this.n] = c;
    this.kindOf[this.n] = CHOICE_KINDS.indexOf(kind);
    this.optionsOf[this.n] = n;
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
  }

  /** How many decisions were made. */
  get length(): number {
    return this.n;
  }

  get choices(): number[] {
    return Array.from(this.picked.subarray(0, this.n));
  }

  get kinds(): ChoiceKind[] {
    return Array.from(this.kindOf.subarray(0, this.n), (i) => CHOICE_KINDS[i]!);
  }

  get options(): number[] {
    return Array.from(this.optionsOf.subarray(0, this.n));
  }

  schedule(): string {
    return encodeSchedule(this.picked.subarray(0, this.n));
  }
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

/** Reads a schedule string into runs, checking every token; never expands it. */
export function parseSchedule(text: string): ScheduleRuns {
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

/** Choices a schedule may expand to as a plain array (beyond it, replay the runs lazily). */
export const MAX_EXPANDED = 10_000_000;

/** The choices of a schedule string, one per element (refused when longer than MAX_EXPANDED). */
export function decodeSchedule(text: string): number[] {
  const runs = parseSchedule(text);
  if (runs.length > MAX_EXPANDED) throw new ScheduleError(`the schedule has ${runs.length} choices, more than ${MAX_EXPANDED} to expand; replay it with ReplayChooser(parseSchedule(text))`);
  const out: number[] = [];
  for (let r = 0; r < runs.values.length; r++) for (let k = 0; k < runs.counts[r]!; k++) out.push(runs.values[r]!);
  return out;
}
