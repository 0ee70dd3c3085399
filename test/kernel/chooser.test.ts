import { describe, expect, it } from 'vitest';
import { RecordingChooser, ReplayChooser, ScheduleError, SeededChooser, decodeSchedule, encodeSchedule } from '../../src/kernel/chooser.js';

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

  it('replay returns the recorded choices, then 0, and refuses one that does not fit', () => {
    const r = new ReplayChooser([2, 1]);
    expect(r.choose('tie', 3)).toBe(2);
    expect(r.choose('tie', 2)).toBe(1);
    expect(r.choose('tie', 4)).toBe(0);
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
