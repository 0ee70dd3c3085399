import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { renderTrace } from '../../src/render/trace.js';
import { listScenarioFiles, loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';

const json = async (id: string, options = {}) => renderJson(simulate(await loadScenario(id), options));

describe('determinism', () => {
  it('the same inputs give byte-identical json over 20 runs', async () => {
    const first = await json('kernel/lost-update-3');
    for (let i = 0; i < 19; i++) expect(await json('kernel/lost-update-3')).toBe(first);
  });

  it('another seed changes a racy scenario’s schedule and outcome', async () => {
    const sc = await loadScenario('kernel/lost-update-2');
    const a = simulate(sc, { seed: 1 });
    const b = simulate(sc, { seed: 2 });
    expect(a.schedule).not.toBe(b.schedule);
    expect(a.output.map((w) => w.text)).not.toEqual(b.output.map((w) => w.text));
  });

  it("replaying a run's schedule string reproduces it exactly, whatever the seed", async () => {
    for (const id of ['kernel/lost-update-2', 'kernel/bounded-buffer', 'kernel/process-run']) {
      const sc = await loadScenario(id);
      const original = simulate(sc, { seed: 5 });
      const replay = simulate(sc, { seed: 99, schedule: original.schedule });
      expect(renderTrace(replay.trace)).toBe(renderTrace(original.trace));
      expect(replay.schedule).toBe(original.schedule);
    }
  });

  it('history on and off give identical traces, outputs and final states', async () => {
    for (const file of listScenarioFiles().filter((f) => f.endsWith('.ts'))) {
      const sc = await loadScenario(file);
      for (const options of [{}, ...Object.values(sc.variants)]) {
        const on = simulate(sc, options, { history: true, freeze: true });
        const off = simulate(sc, options, { history: false });
        expect(off.kernel.history).toBeNull();
        expect(JSON.stringify(off.trace)).toBe(JSON.stringify(on.trace));
        expect(JSON.stringify(off.output)).toBe(JSON.stringify(on.output));
        expect(JSON.stringify(off.state)).toBe(JSON.stringify(on.state));
      }
    }
  });

  it('past states stay valid: each history entry matches a re-run stopped at that step', async () => {
    const sc = await loadScenario('kernel/bounded-buffer');
    const full = simulate(sc, {}, { history: true, freeze: true });
    const history = full.kernel.history!;
    const snapshots = history.map((s) => JSON.stringify(s));
    const { boot } = await import('../../src/scenario/simulate.js');
    const k = boot(sc, {}, { history: false });
    for (let i = 1; i < history.length; i++) {
      k.step();
      if (i % 7 === 0) expect(JSON.stringify(k.state)).toBe(snapshots[i]);
    }
  });

  it('past states are frozen in tests: an edit of history throws', async () => {
    const sc = await loadScenario('kernel/bounded-buffer');
    const full = simulate(sc, {}, { history: true, freeze: true });
    const past = full.kernel.history![3]!;
    expect(() => {
      past.clock = 0;
    }).toThrow(TypeError);
    expect(() => {
      past.cpus[0]!.task = 99;
    }).toThrow(TypeError);
  });
});

describe('no hidden nondeterminism in the deterministic layers', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  it('src/kernel, src/python and src/explore never read Math.random, Date.now or performance.now', () => {
    const offenders: string[] = [];
    for (const dir of ['src/kernel', 'src/python', 'src/explore']) {
      let files: string[] = [];
      try {
        files = walk(dir).filter((f) => /\.tsx?$/.test(f));
      } catch {
        continue; // the layer does not exist yet
      }
      for (const f of files) {
        readFileSync(f, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (/Math\.random|Date\.now|performance\.now/.test(line.replace(/\/\/.*$/, ''))) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });
});
