/** The painter writes only the rows that changed, each at its own row, and starts over when the terminal is resized. */
import { describe, expect, it } from 'vitest';
import { Painter } from '../../src/tui/painter.js';

function painter(): { p: Painter; out: string[] } {
  const out: string[] = [];
  return { p: new Painter({ write: (d) => out.push(d) }), out };
}

describe('painter', () => {
  it('draws every row first, then only the rows that differ', () => {
    const { p, out } = painter();
    p.paint(['aaaa', 'bbbb', 'cccc'], 4, 4);
    expect(out).toHaveLength(1);
    for (const [i, r] of ['aaaa', 'bbbb', 'cccc'].entries()) expect(out[0]).toContain(`\u001b[${i + 1};1H${r}`);
    expect(out[0]).toContain('\u001b[2J');
    p.paint(['aaaa', 'BBBB', 'cccc'], 4, 4);
    expect(out).toHaveLength(2);
    expect(out[1]).toContain('\u001b[2;1HBBBB');
    expect(out[1]).not.toContain('aaaa');
    expect(out[1]).not.toContain('cccc');
    expect(out[1]).not.toContain('\u001b[2J');
    p.paint(['aaaa', 'BBBB', 'cccc'], 4, 4);
    expect(out).toHaveLength(2); // nothing changed: nothing written
  });

  it('clears a row that is no longer drawn, and redraws everything after a resize', () => {
    const { p, out } = painter();
    p.paint(['aaaa', 'bbbb'], 4, 4);
    p.paint(['aaaa'], 4, 4);
    expect(out[1]).toContain('\u001b[2;1H\u001b[K');
    p.paint(['aaaaa'], 5, 4);
    expect(out[2]).toContain('\u001b[2J');
    expect(out[2]).toContain('\u001b[1;1Haaaaa');
  });
});
