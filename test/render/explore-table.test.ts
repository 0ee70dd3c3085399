import { describe, expect, it } from 'vitest';
import { type ExploreReport, type OutcomeEntry, renderExplore } from '../../src/render/explore.js';

const outcome = (stdout: string, first: number): OutcomeEntry => ({
  parts: [['stdout', stdout]],
  runs: 1,
  first,
  witness: '0',
  preemptions: 0,
  replay: `forkscope run x.py --schedule ${first}`,
  race: null,
});

const report = (outcomes: OutcomeEntry[]): ExploreReport => ({
  id: 'x.py',
  mode: 'free',
  outcome: 'all',
  bound: null,
  seed: 1,
  phases: [{ strategy: 'dpor', runs: outcomes.length, budget: 100, stop: 'complete' }],
  complete: true,
  runs: outcomes.length,
  executions: outcomes.length,
  classes: outcomes.length,
  outcomes,
});

const rows = (text: string): string[] => text.split('\n').filter((l) => /^ +\d+ {2}/.test(l));

describe('the outcome table', () => {
  const lead = Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n');

  it('shows a long outcome from a little before where it differs from the most similar other one', () => {
    const text = renderExplore(report([outcome(`${lead}\nA first\nB second\n`, 1), outcome(`${lead}\nB second\nA first\n`, 2), outcome(`${lead}\nB second\nA first\nC late\n`, 3)]));
    const [one, two, three] = rows(text);
    expect(one).toContain('stdout line 0\\nline 1');
    expect(two).toContain('...');
    expect(two).toContain('\\nB second\\nA first');
    expect(two).not.toContain('line 0');
    // Outcome 3 is most like outcome 2: it is shown from where the two part.
    expect(three).toContain('C late');
    expect(text).toContain('(a long outcome is shown from a little before where it differs from the most similar other one; --format json has them in full)');
  });

  it('shows short outcomes whole, without the note', () => {
    const text = renderExplore(report([outcome('counter = 3\n', 1), outcome('counter = 2\n', 2)]));
    expect(rows(text).map((r) => r.slice(r.indexOf('stdout')))).toEqual(['stdout counter = 3\\n', 'stdout counter = 2\\n']);
    expect(text).not.toContain('(a long outcome');
  });
});
