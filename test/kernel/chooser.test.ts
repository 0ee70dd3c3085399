import { describe, expect, it } from 'vitest';
import {
  Candidates,
  MAX_EXPANDED,
  RecordingChooser,
  ReplayChooser,
  ScheduleError,
  SeededChooser,
  decodeSchedule,
  encodeSchedule,
  formatSchedule,
  parseSchedule,
  parseScheduleRuns,
  scheduleRuns,
} from '../../src/kernel/chooser.js';

const who = (...tids: number[]) => Int32Array.from(tids);

describe('schedule strings', () => {
  it('round-trip any choice sequence, compressing runs', () => {
    const seqs = [[], [0], [0, 1, 2, 35], [36, 100, 0], Array(50).fill(0), [1, 1, 1, 1, 2, 2, 7, 7, 7, 7, 7]];
    for (const s of seqs) expect(decodeSchedule(encodeSchedule(s))).toEqual(s);
    expect(encodeSchedule(Array(50).fill(0))).toBe('0*50.');
    expect(encodeSchedule([36, 1])).toBe('(10)1');
  });

  it('fold repeated groups: two tasks taking turns cost a few characters', () => {
    const turns = Array.from({ length: 328836 }, (_, i) => i % 2);
    expect(encodeSchedule(turns)).toBe('[01]*164418.');
    expect(encodeSchedule([0, 0, 1, 2, 1, 2, 1, 2, 1, 2, 3])).toBe('00[12]*4.3');
    expect(encodeSchedule([5, 5, 5, 5, 5, 5, 0, 1])).toBe('5*6.01');
    // Random choices and patterned ones round-trip.
    let x = 7;
    const rnd = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 16) % 4;
    for (let n = 0; n < 200; n++) {
      const seq = Array.from({ length: n }, () => (n % 3 === 0 ? [0, 1, 2][rnd() % 3]! : rnd()));
      expect(decodeSchedule(encodeSchedule(seq))).toEqual(seq);
      const patterned = Array.from({ length: n }, (_, i) => (i % 5 < 2 ? 1 : i % 3));
      expect(decodeSchedule(encodeSchedule(patterned))).toEqual(patterned);
    }
    expect(decodeSchedule('[0(10)]*3.')).toEqual([0, 36, 0, 36, 0, 36]);
    expect(() => decodeSchedule('0[12')).toThrow(/character 2: '\[' without '\]'/);
    expect(() => decodeSchedule('[12]3')).toThrow(/character 5: a group in brackets needs/);
    expect(() => decodeSchedule('[1#]*2.')).toThrow(/character 3: unexpected '#'/);
  });

  it('reject malformed strings with the position', () => {
    expect(() => decodeSchedule('01#')).toThrow(/character 3/);
    expect(() => decodeSchedule('(zz')).toThrow(ScheduleError);
    expect(() => decodeSchedule('0*5')).toThrow(/closing/);
    expect(() => scheduleRuns('1*0.')).toThrow("bad schedule string at character 2: '0' is not a count of 1 or more");
    expect(() => scheduleRuns('1*99999999999999999.')).toThrow(/longer than 9007199254740991 choices/);
    expect(() => scheduleRuns('(zzzzzzzzzz)')).toThrow(/larger than/);
  });

  it('are read as runs, never expanded: a hundred billion choices cost two numbers', () => {
    const runs = scheduleRuns('1*99999999999.2');
    expect(runs).toEqual({ blocks: [[1], [2]], counts: [99999999999, 1], length: 100000000000 });
    expect(parseScheduleRuns('free:1*99999999999.2')).toEqual({ mode: 'free', runs });
    const r = new ReplayChooser(runs);
    for (let i = 0; i < 1000; i++) expect(r.choose('tie', 3, who())).toBe(1);
    expect(() => decodeSchedule('0*100000000.')).toThrow(`the schedule has 100000000 choices, more than ${MAX_EXPANDED} to expand`);
  });

  it('read groups as one block repeated: turns past any length, and replay positions that checkpoint', () => {
    const runs = scheduleRuns('2[01]*99999999999.3');
    expect(runs).toEqual({ blocks: [[2], [0, 1], [3]], counts: [1, 99999999999, 1], length: 200000000000 });
    const r = new ReplayChooser(runs);
    expect([r.choose('tie', 4, who()), r.choose('tie', 4, who()), r.choose('tie', 4, who())]).toEqual([2, 0, 1]);
    const saved = r.save();
    const next = [r.choose('tie', 4, who()), r.choose('tie', 4, who()), r.choose('tie', 4, who())];
    expect(next).toEqual([0, 1, 0]);
    r.load(saved);
    expect([r.choose('tie', 4, who()), r.choose('tie', 4, who()), r.choose('tie', 4, who())]).toEqual(next);
    const short = new ReplayChooser(scheduleRuns('[10*3.2]*2.'));
    expect(Array.from({ length: 12 }, () => short.choose('tie', 3, who()))).toEqual([1, 0, 0, 0, 2, 1, 0, 0, 0, 2, 0, 0]);
    expect(short.exhausted).toBe(true);
    expect(() => scheduleRuns('[1[02]*2.]*2.')).toThrow(/character 3: groups in brackets do not nest/);
    expect(() => scheduleRuns('[]*2.')).toThrow(/character 1: an empty group/);
    expect(() => scheduleRuns('[0*5000.]*2.')).toThrow(/holds at most 4096 choices/);
  });

  it('carry their mode: free-mode strings start with free:, old strings stay timed', () => {
    expect(parseSchedule('0120')).toEqual({ mode: 'timed', choices: [0, 1, 2, 0] });
    expect(parseSchedule('free:0120')).toEqual({ mode: 'free', choices: [0, 1, 2, 0] });
    expect(parseSchedule('free:')).toEqual({ mode: 'free', choices: [] });
    expect(formatSchedule('free', [3, 3, 3, 3, 1])).toBe('free:3*4.1');
    expect(formatSchedule('timed', [2, 1])).toBe('21');
    // Positions in errors count the marker.
    expect(() => parseSchedule('free:01#')).toThrow(/character 8/);
  });
});

describe('choosers', () => {

  it('seeded choices depend only on the seed and kind', () => {
    const draw = (seed: number) => {
      const c = new SeededChooser(seed);
      return [c.choose('tie', 5, who()), c.choose('wake', 3, who()), c.choose('tie', 5, who()), c.choose('jitter', 10, who())];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    // A stream per kind: drawing 'wake' does not shift 'tie'.
    const a = new SeededChooser(1);
    const b = new SeededChooser(1);
    b.choose('wake', 4, who());
    expect(a.choose('tie', 100, who())).toBe(b.choose('tie', 100, who()));
  });

  it('replay goes back to a saved choice inside a run of equal choices, and on from there', () => {
    const r = new ReplayChooser(scheduleRuns('1*5.02'));
    r.choose('tie', 3, who());
    r.choose('tie', 3, who());
    const saved = r.save();
    expect([1, 2, 3, 4, 5].map(() => r.choose('tie', 3, who()))).toEqual([1, 1, 1, 0, 2]);
    r.load(saved);
    expect([1, 2, 3, 4, 5, 6].map(() => r.choose('tie', 3, who()))).toEqual([1, 1, 1, 0, 2, 0]);
    r.load(5);
    expect(r.choose('tie', 3, who())).toBe(0);
    // Inside a repeated group: choice 4 (from 0) is the second of the group's second repetition.
    const g = new ReplayChooser(scheduleRuns('[012]*3.2'));
    g.load(4);
    expect([1, 2, 3, 4, 5, 6].map(() => g.choose('tie', 3, who()))).toEqual([1, 2, 0, 1, 2, 2]);
  });

  it('replay returns the recorded choices, then 0, and refuses one that does not fit', () => {
    const r = new ReplayChooser(scheduleRuns('21'));
    expect(r.choose('tie', 3, who())).toBe(2);
    expect(r.choose('tie', 2, who())).toBe(1);
    expect(r.exhausted).toBe(false);
    expect(r.choose('tie', 4, who())).toBe(0);
    expect(r.exhausted).toBe(true);
    expect(r.used).toBe(2);
    expect(() => new ReplayChooser([5]).choose('wake', 3, who())).toThrow(/only 3 options/);
  });

  it('replay can hand the choices past its end to another chooser', () => {
    const seeded = new SeededChooser(4);
    const r = new ReplayChooser([1], new SeededChooser(4));
    expect(r.choose('tie', 2, who())).toBe(1);
    expect([r.choose('tie', 4, who()), r.choose('wake', 9, who())]).toEqual([seeded.choose('tie', 4, who()), seeded.choose('wake', 9, who())]);
  });

  it('recording exposes what was chosen, and which task each option stood for', () => {
    const rec = new RecordingChooser(new ReplayChooser([1, 0, 1]));
    const scratch = who(4, 7, 99);
    rec.choose('tie', 2, scratch);
    scratch[0] = 5; // the kernel reuses its buffer: the record keeps a copy
    rec.choose('wake', 2, who(8, 9));
    rec.choose('jitter', 5, who(3, 3, 3, 3, 3));
    expect(rec.schedule()).toBe('101');
    expect(rec.kinds).toEqual(['tie', 'wake', 'jitter']);
    expect(rec.candidates(0)).toEqual([4, 7]);
    expect(rec.chosen(0)).toBe(7);
    expect(rec.chosen(1)).toBe(8);
    expect(rec.candidates(2)).toEqual([3, 3, 3, 3, 3]);
    expect(() => rec.candidates(3)).toThrow(RangeError);
  });

  it('recording keeps a decision whose options are all one task once, and goes back past it exactly', () => {
    const rec = new RecordingChooser(new ReplayChooser([0, 2, 1, 1]));
    rec.choose('tie', 2, who(4, 7));
    const saved = rec.save();
    rec.choose('jitter', 5, who(3, 3, 3, 3, 3));
    rec.choose('wake', 2, who(8, 9));
    expect(rec.chosen(1)).toBe(3);
    expect(rec.candidates(2)).toEqual([8, 9]);
    rec.load(saved);
    rec.choose('wake', 3, who(5, 6, 7));
    expect(rec.length).toBe(2);
    expect(rec.candidates(1)).toEqual([5, 6, 7]);
    expect(rec.chosen(1)).toBe(7);
    expect(rec.candidates(0)).toEqual([4, 7]);
  });

  it("counting only ('count': the inner chooser keeps the decisions) still saves and loads positions, and refuses to tell decisions", () => {
    const rec = new RecordingChooser(new ReplayChooser([1, 0, 1, 1]), 'count');
    rec.choose('tie', 2, who(4, 7));
    const saved = rec.save();
    expect(rec.choose('wake', 2, who(8, 9))).toBe(0);
    expect(rec.choose('tie', 2, who(8, 9))).toBe(1);
    expect(rec.length).toBe(3);
    rec.load(saved);
    expect(rec.length).toBe(1);
    // The inner chooser went back too: the same answers again.
    expect(rec.choose('wake', 2, who(8, 9))).toBe(0);
    expect(() => rec.schedule()).toThrow(/kept no decisions/);
    expect(() => rec.candidates(0)).toThrow(/kept no decisions/);
  });

  it("answers only ('choices': the explorer's recorder keeps the candidates) gives the choices and the schedule, and refuses the rest", () => {
    const rec = new RecordingChooser(new ReplayChooser([1, 0, 2]), 'choices');
    rec.choose('tie', 2, who(4, 7));
    const saved = rec.save();
    rec.choose('wake', 2, who(8, 9));
    rec.choose('jitter', 5, who(3, 3, 3, 3, 3));
    expect(rec.choices).toEqual([1, 0, 2]);
    expect(rec.schedule()).toBe('102');
    expect(() => rec.kinds).toThrow(/only its decisions' answers/);
    expect(() => rec.candidates(0)).toThrow(/only its decisions' answers/);
    expect(() => rec.chosen(0)).toThrow(/only its decisions' answers/);
    rec.load(saved);
    expect(rec.choices).toEqual([1]);
  });

  it('recording keeps candidates of many decisions (its buffers grow)', () => {
    const rec = new RecordingChooser(new SeededChooser(1));
    for (let i = 0; i < 1000; i++) rec.choose('lottery', 300, new Int32Array(300).fill(i));
    expect(rec.length).toBe(1000);
    expect(rec.candidates(999)).toHaveLength(300);
    expect(rec.chosen(999)).toBe(999);
    expect(rec.chosen(0)).toBe(0);
  });

  it('free mode candidates sort by (time, cpu) and grow past their first size', () => {
    const c = new Candidates();
    let n = 0;
    for (let i = 0; i < 100; i++) n = c.add(n, (i * 37) % 10, 100 - i, i);
    for (let i = 1; i < n; i++) {
      const before = [c.at[i - 1]!, c.slot[i - 1]!];
      const after = [c.at[i]!, c.slot[i]!];
      expect(before[0]! < after[0]! || (before[0] === after[0] && before[1]! < after[1]!)).toBe(true);
    }
    expect(new Set(c.who.subarray(0, n)).size).toBe(100);
  });

  it('recording only the schedule gives a string of the same choices (runs folded, not groups), and refuses to list decisions', () => {
    const seeds = [1, 2, 3];
    for (const seed of seeds) {
      const full = new RecordingChooser(new SeededChooser(seed));
      const text = new RecordingChooser(new SeededChooser(seed), true);
      for (let i = 0; i < 5000; i++) {
        const n = 2 + (i % 3 === 0 ? 40 : i % 2);
        expect(text.choose('tie', n, who(1, 2))).toBe(full.choose('tie', n, who(1, 2)));
      }
      expect(decodeSchedule(text.schedule())).toEqual(full.choices);
      expect(decodeSchedule(full.schedule())).toEqual(full.choices);
      expect(text.length).toBe(5000);
    }
    expect(() => new RecordingChooser(new SeededChooser(1), true).choices).toThrow(/recorded only its schedule/);
  });
});
