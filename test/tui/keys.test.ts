/** The key table's help overlay and hint bar (src/tui/keys.ts) at the widths a terminal has. */
import { describe, expect, it } from 'vitest';
import { KEYS, helpLines, hintBar } from '../../src/tui/keys.js';

describe('the help overlay', () => {
  for (const width of [80, 100, 160]) {
    it(`at ${width} columns: every line fits, and every key's help is there whole (wrapped under its keys)`, () => {
      const lines = helpLines(width);
      for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(width);
      // One column: a key's help continues on the lines under it, indented past the keys.
      const text = lines.map((l) => l.trim()).join(' ');
      for (const b of KEYS) if (width < 120) expect(text).toContain(b.help);
      for (const b of KEYS) expect(lines.some((l) => l.includes(b.help.split(' ').slice(0, 3).join(' ')))).toBe(true);
    });
  }
});

describe('the hint bar', () => {
  it('offers x only when the Event pane has more, and fits 80 columns either way (leaving out n/N first)', () => {
    expect(hintBar(80, false)).not.toContain('x more');
    expect(hintBar(80, false)).toContain('n/N proc');
    expect(hintBar(80, true)).toContain('x more');
    expect(hintBar(80, true)).not.toContain('n/N proc');
    expect(hintBar(80, true).length).toBeLessThanOrEqual(80);
    expect(hintBar(120, true)).toContain('n/N proc');
    expect(hintBar(120, true)).toContain('q quit');
  });
});
