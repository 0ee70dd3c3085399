/**
 * Outcome snapshots: the file format, its errors (one line, file:line), and what a check
 * says when a witness drifts, the program changed, or the outcome set moved.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/explore/explore.js';
import { checkOutcomeSnapshot, parseOutcomeSnapshot, renderOutcomeSnapshot, snapshotSettings } from '../../src/explore/snapshot.js';
import { UserError } from '../../src/scenario/errors.js';
import { loadScenario } from '../../src/scenario/load.js';

const dir = mkdtempSync(join(tmpdir(), 'forkscope-outcomes-'));

async function fresh(name: string): Promise<{ file: string; text: string }> {
  const r = explore(await loadScenario('kernel/lost-update-3x1'), {});
  const text = renderOutcomeSnapshot(r, snapshotSettings(r));
  const file = join(dir, `${name}.outcomes`);
  writeFileSync(file, text);
  return { file, text };
}

const edit = (file: string, from: string | RegExp, to: string): void => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit did not apply: ${String(from)}`);
  writeFileSync(file, next);
};

/** The error a promise rejects with (null when it resolves). */
async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  return null;
}

describe('outcome snapshots', () => {
  it('round-trip: every outcome, witness and choice label reads back', async () => {
    const { file, text } = await fresh('roundtrip');
    const snap = parseOutcomeSnapshot(text, file);
    expect(snap.scenario).toBe('kernel/lost-update-3x1');
    expect(snap.settings).toEqual({ strategy: 'auto', maxRuns: 20000, timed: false, preemptions: null, depth: 3, outcome: { kind: 'all' } });
    expect(snap.outcomes.map((o) => o.parts[0])).toEqual([
      ['stdout', 'counter = 3\n'],
      ['stdout', 'counter = 2\n'],
      ['stdout', 'counter = 1\n'],
    ]);
    expect(snap.outcomes[2]!.labels.slice(2, 5)).toEqual(['1002 cread counter', '1003 cread counter', '1003 cwrite counter']);
    expect(text).toContain('coverage: complete\n');
    expect(text).toContain('  race: 1003 wrote counter=1 after 1002 read it\n');
    expect(await checkOutcomeSnapshot(file, true)).toEqual({ status: 'same' });
  });

  it('say where a witness drifted: the first choice whose label differs', async () => {
    const { file } = await fresh('drift');
    edit(file, '    3 1002 cread counter', '    3 1003 cread counter');
    const c = await checkOutcomeSnapshot(file, false);
    expect(c).toMatchObject({ status: 'drifted', outcome: 3, choice: 3, expected: '1003 cread counter', actual: '1002 cread counter' });
  });

  it('say when a witness no longer gives its outcome', async () => {
    const { file } = await fresh('outcome');
    edit(file, 'stdout: "counter = 1\\n"', 'stdout: "counter = 7\\n"');
    const c = await checkOutcomeSnapshot(file, false);
    expect(c).toMatchObject({ status: 'drifted', outcome: 3, choice: null });
    if (c.status === 'drifted') expect(c.actual).toContain('counter = 1');
  });

  it('say when the program changed since the snapshot', async () => {
    const { file } = await fresh('program');
    edit(file, /^program: [0-9a-f]+$/m, 'program: 0123456789abcdef');
    expect(await checkOutcomeSnapshot(file, false)).toMatchObject({ status: 'program-changed', was: '0123456789abcdef' });
  });

  it('name missing outcomes when exploring again finds more than the file has', async () => {
    const { file, text } = await fresh('missing');
    writeFileSync(file, text.slice(0, text.indexOf('\noutcome 3')) + '\n');
    const c = await checkOutcomeSnapshot(file, true);
    expect(c).toMatchObject({ status: 'changed', missing: [], unexpected: ['stdout "counter = 1\\n", exit "1001=0 1002=0 1003=0 1004=0"'] });
  });

  it('reject a corrupt file with one error naming file:line', async () => {
    const { file, text } = await fresh('corrupt');
    const cases: [string, string, string][] = [
      ['witness: free:0102*6.01', 'witness: free:01#', "witness: bad schedule string at character 8: unexpected '#'"],
      ['  runs: 12\n', '  colour: blue\n', "unknown field 'colour'"],
      ['# forkscope outcomes, format 1', '# forkscope outcomes, format 9', 'outcome snapshot format 9; this forkscope reads format 1 (make it again with forkscope explore --snapshot)'],
      ['explore: --strategy auto', 'explore: --strategy fastest', "bad explore settings: unknown strategy 'fastest'"],
      ['  stdout: "counter = 2\\n"', '  stdout: counter = 2', 'stdout: expected a JSON string, not counter = 2'],
      ['    2 1001 fork', '    7 1001 fork', 'choice 7 out of order (expected 2)'],
      ['mode: free', 'mode: fast', "mode: expected free or timed, not 'fast'"],
      ['mode: free', 'mode: timed', 'mode: timed, but the explore line has no --timed'],
      ['coverage: complete', 'coverage: done', "coverage: expected complete or sampled, not 'done'"],
      ['  runs: 12\n', '  runs: twelve\n', "runs: expected a count, not 'twelve'"],
      ['  preemptions: 1\n', '  preemptions: -1\n', "preemptions: expected a count, not '-1'"],
    ];
    for (const [from, to, message] of cases) {
      const bad = text.replace(from, to);
      expect(bad).not.toBe(text);
      const line = text.slice(0, text.indexOf(from)).split('\n').length;
      let err: unknown = null;
      try {
        parseOutcomeSnapshot(bad, file);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).text).toBe(`${file}:${line}: ${message}`);
    }
  });

  it('name the scenario line when the scenario it names cannot be found', async () => {
    const { file, text } = await fresh('noscenario');
    edit(file, 'scenario: kernel/lost-update-3x1', 'scenario: kernel/no-such-race');
    const line = text.split('\n').indexOf('scenario: kernel/lost-update-3x1') + 1;
    const err = await rejection(checkOutcomeSnapshot(file, false));
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).text).toBe(`${file}:${line}: scenario: no such scenario: kernel/no-such-race (see 'forkscope list')`);
  });

  it('say which choice of a witness asks for an option the run does not have', async () => {
    const { file } = await fresh('misfit');
    // Outcome 3's witness is free:0102*6.01: its second choice (1) becomes 9, of 3 options (three tasks can go).
    edit(file, 'witness: free:0102*6.01', 'witness: free:0902*6.01');
    expect(await checkOutcomeSnapshot(file, false)).toEqual({ status: 'drifted', outcome: 3, line: expect.any(Number), choice: 2, expected: 'option 9', actual: 'only 3 options' });
  });
});
