/**
 * Exploring with worker threads. The plan (explore.ts) stays in this thread and decides
 * every run; sampling batches (PCT, random walk: runs independent of one another, each
 * drawing from its own stream) are split in contiguous slices, one per thread — this
 * thread runs the first slice itself, N-1 workers the others — and their summaries taken
 * back in run order. (This thread would otherwise wait idle, and each worker costs a
 * fresh V8 isolate, Node's start-up and a cold JIT.) DPOR and the exhaustive search stay
 * in this thread: each of their runs depends on the races of the ones before. Either
 * way the result is the one `explore` gives in a single thread.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { type Batch, type ExploreOptions, type ExploreResult, type RunSummary, type Settings, explore, plan, runBatch, runOptionsOf, settingsOf } from './explore.js';
import { Paths } from './execution.js';

/** node:worker_threads, loaded when a pool starts (loading it is ~6 ms of every start, which most commands do not need). */
const threads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

type Reply = { ready: true } | { ok: RunSummary[] } | { error: string };

/** A worker and the replies it has not handed out yet. */
class Hand {
  private waiting: ((r: Reply) => void)[] = [];
  private failed: Error | null = null;
  private started = false;
  private readonly ready: Promise<void>;

  constructor(readonly worker: Worker) {
    this.ready = new Promise((resolve) =>
      this.waiting.push(() => {
        this.started = true;
        resolve();
      }),
    );
    worker.on('message', (r: Reply) => this.waiting.shift()?.(r));
    worker.on('error', (e) => {
      this.failed = e;
      for (const w of this.waiting.splice(0)) w({ error: e.message });
    });
  }

  /** Sends the batch now when the worker is up (the caller then runs its own slice meanwhile), else once it is. */
  async run(b: Batch): Promise<RunSummary[]> {
    const reply = await (this.started ? this.send(b) : this.ready.then(() => this.send(b)));
    if ('error' in reply) throw new Error(`explore worker: ${reply.error}`);
    if (!('ok' in reply)) throw new Error('explore worker: unexpected reply');
    return reply.ok;
  }

  private send(b: Batch): Promise<Reply> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<Reply>((resolve) => {
      this.waiting.push(resolve);
      this.worker.postMessage(b);
    });
  }
}

/** The worker's entry: the built .js, or the .ts source through tsx (tests run from source). */
function spawnWorker(data: unknown): Worker {
  const js = import.meta.url.endsWith('.js');
  const url = new URL(js ? './worker.js' : './worker.ts', import.meta.url);
  const { Worker } = threads();
  if (js) return new Worker(url, { workerData: data });
  const code = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

class Pool {
  private hands: Hand[] | null = null;

  /** `size` threads in all: this one (running `local`) and size - 1 workers. */
  constructor(
    private readonly size: number,
    private readonly setup: { file: string; bundle: string | undefined; options: RunOptions; settings: Settings },
    private readonly local: (b: Batch) => RunSummary[],
  ) {}

  /** Runs a batch split in contiguous slices, one per thread (the first here); summaries in run order. */
  async run(b: Batch): Promise<RunSummary[]> {
    this.hands ??= Array.from({ length: this.size - 1 }, () => new Hand(spawnWorker(this.setup)));
    const slice = Math.ceil(b.count / this.size);
    const parts: Promise<RunSummary[]>[] = [];
    for (let w = 1; w < this.size; w++) {
      const from = w * slice;
      const count = Math.min(slice, b.count - from);
      if (count > 0) parts.push(this.hands[w - 1]!.run({ ...b, from: b.from + from, count }));
    }
    // The workers' slices are posted (once they are ready); this thread runs its own meanwhile.
    const mine = this.local({ ...b, count: Math.min(slice, b.count) });
    return [mine, ...(await Promise.all(parts))].flat();
  }

  async close(): Promise<void> {
    await Promise.all((this.hands ?? []).map((h) => h.worker.terminate()));
  }
}

/** How many workers by default: one per core. */
export const defaultWorkers = (): number => (createRequire(import.meta.url)('node:os') as typeof import('node:os')).availableParallelism();

/**
 * Explores with `workers` threads (default: one per core), this one included. A scenario
 * that is not a file (a program given to the library) is explored in this thread.
 */
export async function exploreParallel(scenario: Scenario, options: RunOptions, opts: ExploreOptions, workers: number = defaultWorkers()): Promise<ExploreResult> {
  if (workers <= 1 || !existsSync(scenario.file)) return explore(scenario, options, opts);
  const settings = settingsOf(opts);
  const target = { scenario, options: runOptionsOf(scenario, options, settings.mode), mode: settings.mode, projection: settings.projection };
  const paths = new Paths();
  const pool = new Pool(workers, { file: scenario.file, bundle: scenario.bundle, options, settings }, (b) => runBatch(b, target, settings, paths));
  try {
    const steps = plan(scenario, options, opts, 256 * workers);
    let next = steps.next();
    while (!next.done) next = steps.next(await pool.run(next.value));
    return next.value;
  } finally {
    await pool.close();
  }
}
