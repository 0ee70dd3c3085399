/**
 * Schedule strings: the printable form of a run's choices (see chooser.ts).
 *
 * One token per choice, `0`-`9` `a`-`z` for 0..35, `(` base-36 `)` for larger values; a
 * token followed by `*N.` repeats N times, and so does a group of tokens in brackets
 * (`[01]*500.` is 0, 1 five hundred times: two tasks taking turns; groups do not nest).
 * A schedule of the kernel's free mode (every order of visible operations, not the cost
 * model's timing) starts with `free:`; replaying it switches the kernel to free mode.
 * A schedule is read as runs and replayed lazily, so `1*99999999999.` costs two
 * numbers, not a hundred billion.
 */

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
 * A schedule string made as choices come, holding only its text (runs folded, groups
 * not: it reads back to the choices encodeSchedule's string holds): a run of millions of
 * decisions costs what its schedule string costs, usually a byte or less per decision.
 */
export class ScheduleText {
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
