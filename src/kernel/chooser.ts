/**
 * The Chooser: every decision point where more than one next step is legal.
 *
 * The kernel asks only when there is a real choice (n >= 2). The answers, in order,
 * are the run's *schedule*; its printable form replays the run exactly. A seeded
 * chooser draws from one `seedrandom` stream per kind of decision, so adding a
 * decision of one kind does not shift the draws of another.
 *
 * Schedule strings: one token per choice, `0`-`9` `a`-`z` for 0..35, `(` base-36 `)`
 * for larger values; a token followed by `*N.` repeats N times. Choices past the end
 * of a replayed schedule take option 0, so a prefix is itself a valid schedule.
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
  /** Its position, for a machine checkpoint (see checkpoint.ts); `load` goes back to it. */
  save?(): unknown;
  load?(saved: unknown): void;
}

/** The default: seeded pseudo-random choices, one stream per kind. */
export class SeededChooser implements Chooser {
  private readonly streams = new Map<ChoiceKind, seedrandom.StatefulPRNG<seedrandom.State.Alea>>();
  constructor(readonly seed: number | string) {}

  choose(kind: ChoiceKind, n: number): number {
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

/** Replays a decoded schedule; past its end every choice is 0. */
export class ReplayChooser implements Chooser {
  private i = 0;
  constructor(private readonly choices: readonly number[]) {}

  choose(_kind: ChoiceKind, n: number): number {
    const index = this.i++;
    if (index >= this.choices.length) return 0;
    const c = this.choices[index]!;
    if (c >= n) {
      throw new ScheduleError(
        `the schedule does not fit this run: choice ${index + 1} is ${c}, but only ${n} options exist there`,
      );
    }
    return c;
  }

  /** How many of the schedule's choices were used. */
  get used(): number {
    return Math.min(this.i, this.choices.length);
  }

  save(): unknown {
    return this.i;
  }

  load(saved: unknown): void {
    this.i = saved as number;
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

  /** The number of decisions so far and the inner chooser's position (it must be able to save). */
  save(): unknown {
    if (!this.inner.save) throw new Error('this chooser cannot be checkpointed');
    return { n: this.n, inner: this.inner.save() };
  }

  /** Back to a saved position: decisions after it are forgotten. */
  load(saved: unknown): void {
    const s = saved as { n: number; inner: unknown };
    this.n = s.n;
    this.inner.load!(s.inner);
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

export function decodeSchedule(text: string): number[] {
  const out: number[] = [];
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
      if (!/^\d+$/.test(digits)) fail(`'${digits}' is not a count`);
      count = Number(digits);
      i = dot + 1;
    }
    for (let k = 0; k < count; k++) out.push(value);
  }
  return out;
}
