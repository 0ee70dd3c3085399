import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED, RecordingChooser, ReplayChooser, ScheduleError, SeededChooser, decodeSchedule, encodeSchedule, parseSchedule } from '../../src/kernel/chooser.js';

describe('schedule strings', () => {
  it('round-trip any choice sequence, compressing runs', () => {
    const seqs = [[], [0], [0, 1, 2, 35], [36, 100, 0], Array(50).fill(0), [1, 1, 1, 1, 2, 2, 7, 7, 7, 7, 7]];
    for (const s of seqs) expect(decodeSchedule(encodeSchedule(s))).toEqual(s);
    expect(encodeSchedule(Array(50).fill(0))).toBe('0*50.');
    expect(encodeSchedule([36, 1])).toBe('(10)1');
  });

  it('reject malformed strings with the position', () => {
    expect(() => decodeSchedule('01#')).toThrow(/character 3/);
    expect(() => decodeSchedule('(zz')).toThrow(ScheduleError);
    expect(() => decodeSchedule('0*5')).toThrow(/closing/);
    expect(() => parseSchedule('1*0.')).toThrow("bad schedule string at character 2: '0' is not a count of 1 or more");
    expect(() => parseSchedule('1*99999999999999999.')).toThrow(/longer than 9007199254740991 choices/);
    expect(() => parseSchedule('(zzzzzzzzzz)')).toThrow(/larger than/);
  });

  it('are read as runs, never expanded: a hundred billion choices cost two numbers', () => {
    const runs = parseSchedule('1*99999999999.2');
    expect(runs).toEqual({ values: [1, 2], counts: [99999999999, 1], length: 100000000000 });
    const r = new ReplayChooser(runs);
    for (let i = 0; i < 1000; i++) expect(r.choose('tie', 3)).toBe(1);
    expect(() => decodeSchedule('0*100000000.')).toThrow(`the schedule has 100000000 choices, more than ${MAX_EXPANDED} to expand`);
  });
});

describe('choosers', () => {
  it('seeded choices depend only on the seed and kind', () => {
    const draw = (seed: number) => {
      const c = new SeededChooser(seed);
      return [c.choose('tie', 5), c.choose('wake', 3), c.choose('tie', 5), c.choose('jitter', 10)];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    // A stream per kind: drawing 'wake' does not shift 'tie'.
    const a = new SeededChooser(1);
    const b = new SeededChooser(1);
    b.choose('wake', 4);
    expect(a.choose('tie', 100)).toBe(b.choose('tie', 100));
  });

  it('replay returns the recorded choices, then asks its fallback, and refuses one that does not fit', () => {
    const seeded = new SeededChooser(4);
    const r = new ReplayChooser(parseSchedule('21'), new SeededChooser(4));
    expect(r.choose('tie', 3)).toBe(2);
    expect(r.choose('tie', 2)).toBe(1);
    expect(r.exhausted).toBe(false);
    const after = [r.choose('tie', 4), r.choose('wake', 9), r.choose('tie', 4)];
    expect(after).toEqual([seeded.choose('tie', 4), seeded.choose('wake', 9), seeded.choose('tie', 4)]);
    expect(r.exhausted).toBe(true);
    expect(r.used).toBe(2);
    expect(new ReplayChooser([1]).choose('tie', 2) + new ReplayChooser([]).choose('tie', 2)).toBe(1); // no fallback: 0
    expect(() => new ReplayChooser([5]).choose('wake', 3)).toThrow(/only 3 options/);
  });

  it('recording exposes what was chosen', () => {
    const rec = new RecordingChooser(new ReplayChooser([1, 0, 1]));
    rec.choose('tie', 2);
    rec.choose('wake', 2);
    rec.choose('jitter', 5);
    expect(rec.schedule()).toBe('101');
    expect(rec.kinds).toEqual(['tie', 'wake', 'jitter']);
  });
});
