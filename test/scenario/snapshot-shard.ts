/**
 * The scenarios against their snapshots, and the documents' examples against what
 * CPython printed for them (test/docs/cpython/), from the same runs: each run is made
 * once and checked both ways. Outcome snapshots (`.outcomes`) too: every witness replays
 * its outcome (a job per witness), and the small complete explorations are run again.
 * The seed-variety table's rows (test/docs/variety.ts) are jobs here too, so that a row's
 * run of seed 1 is the snapshot's or the recording check's run, not another.
 * The work is split into shards, one test file each, so
 * that vitest's workers share it; jobs go to shards by their estimated cost (from the
 * events and processes each snapshot records), largest first, each to the lightest
 * shard. The shards are more than the workers, and vitest.config.ts's sequencer starts
 * them first, so that the workers finish together even where an estimate is off.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamText } from '../../src/render/output.js';
import { type Scenario, listScenarioFiles, loadScenario } from '../../src/scenario/load.js';
import { type SnapshotCase, checkCase, snapshotCases } from '../../src/scenario/snapshot.js';
import { outcomeCheckText } from '../../src/cli/snapshots.js';
import { checkOutcomeSnapshot, hasOutcomeSnapshot, outcomeSnapshotPath, parseOutcomeSnapshot } from '../../src/explore/snapshot.js';
import { replayCommand, simulate } from '../../src/scenario/simulate.js';
import type { Simulation } from '../../src/scenario/simulate.js';
import { atLeast, compare, record, recordOptions } from '../docs/cpython.js';
import { EXPECTED, type Expected } from '../docs/cpython-expected.js';
import { type Observed, SEEDS, checkEveryRacyHasARow, checkVarietyRow, varietyRows } from '../docs/variety.js';

export const SHARDS = 8;

type Method = 'fork' | 'spawn';
const methodOf = (platform: string | undefined): Method => (platform === 'windows' ? 'spawn' : 'fork');

interface Job {
  name: string;
  cost: number;
  /** The CPython recording it checks (`topic/name.method`), if any. */
  record: string | null;
  /** The run it makes, as the command that replays it, when a seed-variety row needs that run too. */
  makes?: string;
  /** The runs it needs (a seed-variety row's), as their replay commands. */
  uses?: string[];
  run(): void | Promise<void>;
}

/**
 * The outputs of runs that a snapshot or recording job made, by the command that replays
 * the run (simulate.ts replayCommand: same command, same run): the seed-variety row that
 * needs the same run (its seed 1; dict-race's seed 2) reads it here instead of making it
 * again. The row goes to the same shard, after the jobs it reads from; a row run on its
 * own (vitest -t) makes every run itself. Only the runs some row uses are kept (`wanted`),
 * and each until its row reads it.
 */
const shared = new Map<string, Observed>();
const wanted = new Set<string>();

function share(key: string, sim: Simulation): void {
  if (wanted.has(key)) shared.set(key, observe(sim));
}

function take(key: string): Observed | undefined {
  const o = shared.get(key);
  shared.delete(key);
  return o;
}

const observe = (sim: Simulation): Observed => ({ stdout: streamText(sim.output, 1), stderr: streamText(sim.output, 2), status: sim.state.end!.status });

const key = (s: Scenario, method: Method): string => `${s.id.replace(/^docs\//, '')}.${method}`;

/** Checks a docs scenario's run against the CPython recording for `method`. */
function checkCPython(scenario: Scenario, method: Method, sim: Simulation): void {
  const k = key(scenario, method);
  const r = record(scenario.id, method);
  expect(r, `no CPython recording test/docs/cpython/${k}.json`).not.toBeNull();
  const want: Partial<Expected> & Pick<Expected, 'level'> = EXPECTED[k] ?? { level: 'same' };
  const got = compare(observe(sim), r!, want.stdoutOnly === true);
  if (want.level === 'differs') expect(got, `${k} matches CPython now: update test/docs/cpython-expected.ts`).toBe('differs');
  else expect(atLeast(got, want.level), `${k}: forkscope's run reaches '${got}' against CPython's, expected '${want.level}'${'why' in want ? ` (${want.why})` : ''}`).toBe(true);
}

/**
 * The estimated cost of a case's run (or of a run of its program under `method`), from
 * its snapshot: its events, and its processes. A forked child costs ~5,000 events' time
 * (its start, its exit, and the Python around them); a spawned one starts an interpreter
 * that imports its modules again (measured: 15-75 ms
 * of CPU each, 5,000-25,000 events' time).
 */
function cost(c: SnapshotCase, method: Method): number {
  if (!existsSync(c.file)) return 0;
  const text = readFileSync(c.file, 'utf8');
  const events = Number(/; (\d+) events;/.exec(text.slice(0, 2000))?.[1] ?? 0);
  const tree = /^--- tree ---\n([\s\S]*?)\n--- trace ---$/m.exec(text)?.[1] ?? '';
  return events + (method === 'spawn' ? 15_000 : 5000) * tree.split('\n').length;
}

/** The method a case's run uses (TypeScript scenarios fork). */
const caseMethod = (c: SnapshotCase): Method => methodOf(c.options.platform ?? c.scenario.options.platform);

function jobs(scenarios: Scenario[]): Job[] {
  const out: Job[] = [];
  for (const scenario of scenarios) {
    const docs = scenario.id.startsWith('docs/');
    const covered = new Set<Method>();
    const cases = snapshotCases(scenario);
    for (const c of cases) {
      const method = c.variant === null ? methodOf(scenario.options.platform) : c.variant === 'linux' || c.variant === 'windows' ? methodOf(c.variant) : null;
      if (docs && method) covered.add(method);
      const makes = replayCommand(scenario, c.options);
      out.push({
        name: `${scenario.id}${c.variant ? `@${c.variant}` : ''}`,
        cost: cost(c, caseMethod(c)),
        record: docs && method ? key(scenario, method) : null,
        makes,
        run: () => {
          const r = checkCase(c);
          share(makes, r.sim);
          if (r.status === 'missing') throw new Error(`no snapshot at ${c.file}; run: npm run snapshots:update`);
          if (r.status === 'changed') {
            const replay = /^# replay: (.*)$/m.exec(r.actual)?.[1] ?? '';
            throw new Error(`${c.file} differs at ${r.firstDiff}\n  replay: ${replay}\n  accept with: npm run snapshots:update`);
          }
          if (docs && method) checkCPython(scenario, method, r.sim);
        },
      });
    }
    out.push(...outcomeJobs(scenario, cost(cases[0]!, caseMethod(cases[0]!)), cases[0]!));
    if (!docs) continue;
    for (const method of ['fork', 'spawn'] as const) {
      if (covered.has(method)) continue;
      const options = recordOptions(scenario, method);
      const makes = replayCommand(scenario, options);
      out.push({
        name: `${scenario.id} as CPython's ${method} recording`,
        cost: cost(cases[0]!, method),
        record: key(scenario, method),
        makes,
        run: () => {
          const sim = simulate(scenario, options, { tracing: false });
          share(makes, sim);
          checkCPython(scenario, method, sim);
        },
      });
    }
  }
  return [...out, ...varietyJobs(scenarios, out)];
}

/** The seed-variety table's rows (test/docs/variety.ts), a job each: seeds 1-20 of an example, each seed's run made once. */
function varietyJobs(scenarios: Scenario[], others: Job[]): Job[] {
  const made = new Set(others.map((j) => j.makes));
  return varietyRows().map(([name, floor]) => {
    const [id, method] = name.split('.') as [string, Method];
    const scenario = scenarios.find((s) => s.id === `docs/${id}`);
    if (scenario === undefined) throw new Error(`test/docs/variety.ts has a row for ${name}, but there is no scenario docs/${id}`);
    const options = recordOptions(scenario, method);
    const uses = Array.from({ length: SEEDS }, (_, i) => replayCommand(scenario, { ...options, seed: i + 1 }));
    for (const u of uses) if (made.has(u)) wanted.add(u);
    return {
      name: `${name}: seed variety, seeds 1-${SEEDS} against CPython's runs`,
      cost: cost(snapshotCases(scenario)[0]!, method) * uses.filter((u) => !made.has(u)).length,
      record: null,
      uses,
      run: () => checkVarietyRow(scenario, name, floor, (o) => take(replayCommand(scenario, o)) ?? observe(simulate(scenario, o, { tracing: false }))),
    };
  });
}

/** Explorations this small are repeated in the test suite; the rest only by `forkscope snapshots`. */
export const REEXPLORE_RUNS = 8000;

/**
 * The jobs of a scenario's outcome snapshot: one per witness (a run like the snapshot's
 * own, give or take its schedule, recorded step by step: about 1.2 times its cost), and
 * one exploring again when the set is complete and small (runs times events: measured,
 * a TypeScript run's event costs the explorer about what a Python one costs a plain run).
 */
function outcomeJobs(scenario: Scenario, runCost: number, c: SnapshotCase): Job[] {
  if (!hasOutcomeSnapshot(scenario)) return [];
  const file = outcomeSnapshotPath(scenario);
  const snap = parseOutcomeSnapshot(readFileSync(file, 'utf8'), file);
  const check = async (reexplore: boolean, witnesses: number[]) => {
    const r = await checkOutcomeSnapshot(file, reexplore, witnesses);
    if (r.status !== 'same') throw new Error(`${file}\n${outcomeCheckText(r)}  accept with: npm run snapshots:update`);
  };
  const jobs: Job[] = snap.outcomes.map((_, n) => ({
    name: `${scenario.id} outcomes: witness ${n + 1} of ${snap.outcomes.length} replays its outcome`,
    cost: 1.2 * runCost,
    record: null,
    run: () => check(false, [n]),
  }));
  if (snap.complete && snap.runs <= REEXPLORE_RUNS) {
    const events = existsSync(c.file) ? Number(/; (\d+) events;/.exec(readFileSync(c.file, 'utf8').slice(0, 2000))?.[1] ?? 0) : 0;
    jobs.push({
      name: `${scenario.id} outcomes: explored again, the same file`,
      cost: snap.runs * (scenario.lang === 'ts' ? events : runCost),
      record: null,
      run: () => check(true, []),
    });
  }
  return jobs;
}

/** Registers the jobs of shard `shard` (1-based) of SHARDS. */
export function snapshotShard(shard: number): void {
  describe(`snapshots and CPython recordings (shard ${shard} of ${SHARDS})`, async () => {
    const scenarios = await Promise.all(listScenarioFiles().map((f) => loadScenario(f)));
    const all = jobs(scenarios);
    const load = Array<number>(SHARDS).fill(0);
    const mine: Job[][] = [];
    for (const unit of units(all).sort((a, b) => costOf(b) - costOf(a) || a[0]!.name.localeCompare(b[0]!.name))) {
      const lightest = load.indexOf(Math.min(...load));
      load[lightest]! += costOf(unit) + unit.length;
      if (lightest === shard - 1) mine.push(unit);
    }
    if (shard === 1) {
      it("every documents' example has both CPython recordings, each checked by some job", () => {
        const docs = scenarios.filter((s) => s.id.startsWith('docs/'));
        expect(docs).toHaveLength(51);
        for (const s of docs) for (const m of ['fork', 'spawn'] as const) expect(record(s.id, m), `${s.id}.${m}`).not.toBeNull();
        const checked = new Set(all.map((j) => j.record).filter((r) => r !== null));
        expect(checked.size).toBe(102);
        for (const k of Object.keys(EXPECTED)) expect(checked.has(k), `cpython-expected.ts names ${k}, which no job checks`).toBe(true);
      });
      it('every example whose CPython runs differ has its row in the seed-variety table (test/docs/variety.ts FLOORS)', checkEveryRacyHasARow);
      it(`every shard has its test file, snapshots-1 to snapshots-${SHARDS} (a shard without one would never run its jobs)`, () => {
        const shards = readdirSync(import.meta.dirname).filter((f) => /^snapshots-\d+\.test\.ts$/.test(f));
        expect(shards.sort()).toEqual(Array.from({ length: SHARDS }, (_, i) => `snapshots-${i + 1}.test.ts`).sort());
        for (const f of shards) expect(readFileSync(join(import.meta.dirname, f), 'utf8')).toContain(`snapshotShard(${/\d+/.exec(f)![0]});`);
      });
    }
    for (const unit of mine.sort((a, b) => a[0]!.name.localeCompare(b[0]!.name))) for (const job of unit) it(job.name, job.run);
  });
}

const costOf = (unit: Job[]): number => unit.reduce((sum, j) => sum + j.cost, 0);

/** The jobs in units that go to one shard: a seed-variety row after the jobs that make runs it uses; every other job alone. */
function units(all: Job[]): Job[][] {
  const taken = new Set<Job>();
  const rows: Job[][] = [];
  for (const row of all.filter((j) => j.uses !== undefined)) {
    const makers = all.filter((j) => j.makes !== undefined && row.uses!.includes(j.makes) && !taken.has(j));
    for (const j of makers) taken.add(j);
    taken.add(row);
    rows.push([...makers, row]);
  }
  return [...rows, ...all.filter((j) => !taken.has(j)).map((j) => [j])];
}
