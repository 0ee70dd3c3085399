import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files measured heaviest (each several seconds of CPU; see the README's "Tests"),
 * in the order they start. Vitest hands files to its workers one at a time, so starting
 * the heavy ones first lets the light ones fill in at the end and both workers finish
 * together; its own order starts the largest source files first, which puts the
 * snapshot shards (three lines each, the heaviest work) last on a fresh clone.
 */
const HEAVY = [
  /\/test\/scenario\/snapshots-\d+\.test\.ts$/,
  /\/test\/python\/mp\/diff-\d+\.test\.ts$/,
  /\/test\/python\/diff\.test\.ts$/,
  /\/test\/python\/unit\/memory\.test\.ts$/,
  /\/test\/explore\/dpor\.test\.ts$/,
  /\/test\/tui\/e2e\.test\.ts$/,
  /\/test\/python\/diff-compiled\.test\.ts$/,
];

class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rest = await super.sort(files);
    const rank = (f: TestSpecification): number => HEAVY.findIndex((re) => re.test(f.moduleId));
    const heavy = rest.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
    return [...heavy, ...rest.filter((f) => rank(f) < 0)];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No per-test time limit: under load any limit is reached sooner or later (timing belongs to npm run bench).
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'threads',
    // One worker per core. Vitest's own default leaves a core to its main process (one
    // worker on a 2-core machine, which then ran every file in turn), but that process
    // only hands files out once they are transformed.
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules (loading the Python frontend once per worker, not per file).
    isolate: false,
    sequence: { sequencer: HeavyFirst },
  },
});
