/**
 * The formats that stream: each is a writer fed events as they happen (the CLI) or from
 * a trace in memory (the library); what they write must be well formed however the run
 * ends, and the summaries that bound their memory must still draw the run.
 */
import { describe, expect, it } from 'vitest';
import { parseRunJson, renderJson } from '../../src/render/json.js';
import { renderPerfetto } from '../../src/render/perfetto.js';
import { TimelineSummary } from '../../src/render/timeline.js';
import type { Sys } from '../../src/scenario/api.js';
import { loadScenario } from '../../src/scenario/load.js';
import { simulate } from '../../src/scenario/simulate.js';
import { run } from '../helpers.js';

describe('json lines (forkscope.run/3)', () => {
  it('a header, one line per event, a footer that counts them', async () => {
    const sim = simulate(await loadScenario('kernel/bounded-buffer'));
    const text = renderJson(sim);
    const lines = text.trimEnd().split('\n');
    for (const l of lines) expect(() => JSON.parse(l)).not.toThrow();
    const doc = parseRunJson(text);
    expect(doc.header.scenario).toBe('kernel/bounded-buffer');
    expect(doc.header.replay).toBe(sim.replay);
    expect(doc.events).toHaveLength(sim.trace.length);
    expect(doc.footer.events).toBe(sim.trace.length);
    expect(doc.footer.schedule).toBe(sim.schedule);
    expect(doc.footer.end).toEqual(sim.state.end);
  });

  it('a document cut short has no footer, and a reader says so', () => {
    expect(() => parseRunJson('{"schema":"forkscope.run/3"}\n{"t":0,"kind":"write"}\n')).toThrow('the document has no footer line: the run was cut short');
  });
});

describe('perfetto', () => {
  it('is one JSON document whose runnable counter never goes negative and whose limits are instants', () => {
    const k = run(
      function* (k: Sys) {
        for (let i = 0; i < 3; i++) if ((yield* k.fork()) === 0) return yield* k.compute('2ms');
        yield* k.fork();
        for (let i = 0; i < 3; i++) yield* k.wait();
      },
      { params: { maxProcs: 6 }, cpus: 1 },
    );
    const view = { state: k.state, trace: k.trace, output: k.output, settings: k.settings, schedule: k.schedule(), scenario: 't', mainPid: k.mainPid, events: k.events, replay: '' };
    const doc = JSON.parse(renderPerfetto(view)) as { traceEvents: { ph: string; name: string; dur?: number; args?: { runnable?: number } }[] };
    const counters = doc.traceEvents.filter((e) => e.ph === 'C').map((e) => e.args!.runnable!);
    expect(counters.length).toBeGreaterThan(0);
    expect(Math.min(...counters)).toBeGreaterThanOrEqual(0);
    expect(counters.at(-1)).toBe(0);
    for (const e of doc.traceEvents) if (e.ph === 'X') expect(e.dur).toBeGreaterThanOrEqual(0);
    expect(doc.traceEvents.filter((e) => e.ph === 'i' && e.name === 'limit')).toHaveLength(1);
  });
});

describe('timeline', () => {
  it('folded into its grid, it draws what the exact chart draws, column for column, nearly everywhere', () => {
    const k = run(
      function* (k: Sys) {
        if ((yield* k.fork()) === 0) {
          for (let i = 0; i < 4000; i++) {
            yield* k.compute(`${1 + (i % 5)}us`);
            yield* k.sleep(`${3 + (i % 7)}us`);
          }
          return 0;
        }
        yield* k.compute('30ms');
        yield* k.wait();
      },
      { cpus: 2 },
    );
    const draw = (exactUpTo: number): string[] => {
      const t = new TimelineSummary(exactUpTo);
      for (const e of k.trace) t.event(e);
      return t.finish(k.state).split('\n');
    };
    const exact = draw(Infinity);
    const grid = draw(0);
    expect(grid.length).toBe(exact.length);
    let same = 0;
    let all = 0;
    for (let i = 0; i < exact.length; i++) {
      expect(grid[i]!.length).toBe(exact[i]!.length);
      for (let j = 0; j < exact[i]!.length; j++, all++) if (grid[i]![j] === exact[i]![j]) same++;
    }
    expect(same / all).toBeGreaterThan(0.95);
  });
});
