/**
 * Exploring with worker threads. The plan (explore.ts) stays in this thread and decides
 * every run; sampling batches (PCT, random walk: runs independent of one another, each
 * drawing from its own stream) are cut into chunks of consecutive runs that the threads
 * take as they come free. At the start of a batch each worker is dealt two chunks (one to
 * run, one waiting; a worker still starting finds them when it is up), so every worker
 * runs some of every batch that has chunks enough, whatever the timing; then this thread
 * runs chunks itself between two looks at its workers' replies, and a worker that replies
 * gets the next chunk. A worker is a fresh V8 isolate: it starts in a few hundred ms and
 * runs its first thousands of runs several times slower than a warm thread, so a fixed
 * share per thread would leave this one waiting for it; taking chunks as they come gives
 * each thread what it can do. A chunk comes back as the tally of its runs (tally.ts: a
 * few outcomes and class fingerprints, not an object per run), merged in run order
 * whoever ran it. DPOR and the exhaustive search stay in this thread: each of their runs
 * depends on the races of the ones before. Either way the result is the one `explore`
 * gives in a single thread. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { type Batch, type ExploreOptions, type ExploreResult, PAUSE, type Settings, explore, plan, runBatch, runOptionsOf, settingsOf } from './explore.js';
import { Paths } from './execution.js';
import { Tally, type TallyData } from './tally.js';

/** node:worker_threads, loaded when a pool starts (loading it is ~6 ms of every start, which most commands do not need). */
const threads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

type Reply = { ready: true } | { ok: TallyData } | { error: string };

/** A worker and the replies it has not handed out yet (in the order of its requests). */
class Hand {
  /** The first reply is the worker's word that it has loaded its scenario (chunks posted before wait for it). */
  private waiting: ((r: Reply) => void)[] = [() => {}];
  private failed: Error | null = null;

  constructor(readonly worker: Worker) {
    worker.on('message', (r: Reply) => this.waiting.shift()?.(r));
    worker.on('error', (e) => {
      this.failed = e;
      for (const w of this.waiting.splice(0)) w({ error: e.message });
    });
  }

  /** Runs a batch on the worker (posted at once: a worker still starting runs it when it is up). */
  async run(b: Batch): Promise<TallyData> {
    if (this.failed) throw new Error(`explore worker: ${this.failed.message}`);
    const reply = await new Promise<Reply>((resolve) => {
      this.waiting.push(resolve);
      this.worker.postMessage(b);
    });
    if ('error' in reply) throw new Error(`explore worker: ${reply.error}`);
    if (!('ok' in reply)) throw new Error('explore worker: unexpected reply');
    return reply.ok;
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

/** Lets the event loop deliver the workers' replies (and post their next chunks). */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Chunks a worker has in hand at once: one running, one posted for when it ends (also what it is dealt at a batch's start). */
const IN_HAND = 2;

/** Which thread ran a chunk (0: this one; 1..: the workers) and its runs: what tests and benches may watch. */
export type ChunkObserver = (thread: number, chunk: Batch) => void;

class Pool {
  private hands: Hand[] | null = null;

  /** `size` threads in all: this one (running `local`) and size - 1 workers, started with the first batch. */
  constructor(
    private readonly size: number,
    private readonly setup: { file: string; bundle: string | undefined; options: RunOptions; settings: Settings },
    private readonly local: (b: Batch) => TallyData,
    private readonly observe: ChunkObserver | undefined,
  ) {}

  /**
   * Runs a batch as chunks of `chunk` runs: each worker is dealt its first chunks, then
   * every chunk goes to whichever thread is free. The tally of the batch's runs; once
   * `stop()` (Ctrl-C), no further chunk starts and the tally is of the chunks before.
   */
  async run(b: Batch, chunk: number, stop: () => boolean): Promise<TallyData> {
    this.hands ??= Array.from({ length: this.size - 1 }, () => new Hand(spawnWorker(this.setup)));
    const chunks = Math.ceil(b.count / chunk);
    const parts: TallyData[] = new Array(chunks);
    const part = (c: number): Batch => ({ ...b, from: b.from + c * chunk, count: Math.min(chunk, b.count - c * chunk) });
    let next = 0;
    /** Stopped, once a chunk has been taken (a batch runs at least one). */
    const stopped = (): boolean => next > 0 && stop();
    const inHand = new Set<Promise<void>>();
    let failure: unknown = null;
    /** Gives worker h (thread `thread`) the next chunk, and the one after when it replies. */
    const give = (h: Hand, thread: number): void => {
      if (next >= chunks || failure !== null || stopped()) return;
      const c = next++;
      const p: Promise<void> = h.run(part(c)).then(
        (r) => {
          parts[c] = r;
          inHand.delete(p);
          this.observe?.(thread, part(c));
          give(h, thread);
        },
        (e: unknown) => {
          failure ??= e;
          inHand.delete(p);
        },
      );
      inHand.add(p);
    };
    for (let i = 0; i < IN_HAND; i++) this.hands.forEach((h, w) => give(h, w + 1));
    while (next < chunks && failure === null && !stopped()) {
      const c = next++;
      parts[c] = this.local(part(c));
      this.observe?.(0, part(c));
      await turn();
    }
    // Every chunk is taken: what remains is the workers' chunks in hand (no new ones start).
    while (inHand.size > 0) await Promise.all([...inHand]);
    if (failure !== null) throw failure;
    const tally = new Tally();
    for (let c = 0; c < next; c++) tally.merge(parts[c]!);
    return tally.data();
  }

  async close(): Promise<void> {
    await Promise.all((this.hands ?? []).map((h) => h.worker.terminate()));
  }
}

/**
 * Runs per batch of the plan, per thread (a batch is where progress is reported and the
 * time budget looked at; at its end a thread may wait for the others' last chunks, so
 * a batch is a hundred chunks or so), and per chunk (what a thread takes at a time:
 * small enough that the last chunks of a batch end close together, large enough that a
 * reply costs little next to its runs).
 */
const BATCH = 4096;
const CHUNK = 32;

/** How many workers by default: one per core. */
export const defaultWorkers = (): number => (createRequire(import.meta.url)('node:os') as typeof import('node:os')).availableParallelism();

/**
 * Explores with `workers` threads (default: one per core), this one included. A scenario
 * that is not a file (a program given to the library) is explored in this thread.
 * `observe` hears of every chunk of sampled runs as it is done, and by which thread.
 */
export async function exploreParallel(scenario: Scenario, options: RunOptions, opts: ExploreOptions, workers: number = defaultWorkers(), observe?: ChunkObserver): Promise<ExploreResult> {
  const settings = settingsOf(opts);
  const target = { scenario, options: runOptionsOf(scenario, options, settings.mode), mode: settings.mode, projection: settings.projection };
  const paths = new Paths();
  const stop = opts.interrupted ?? (() => false);
  if (workers <= 1 || !existsSync(scenario.file)) {
    if (opts.interrupted === undefined) return explore(scenario, options, opts);
    // In this thread, with the event loop turning between runs and batches (where a Ctrl-C handler runs).
    const steps = plan(scenario, options, opts, 16);
    let next = steps.next();
    while (!next.done) {
      const batch = next.value;
      await turn();
      next = steps.next(batch === PAUSE ? undefined : runBatch(batch, target, settings, paths));
    }
    return next.value;
  }
  // The workers start now: a systematic phase first (auto) runs meanwhile.
  const pool = new Pool(workers, { file: scenario.file, bundle: scenario.bundle, options, settings }, (b) => runBatch(b, target, settings, paths), observe);
  try {
    const steps = plan(scenario, options, opts, BATCH * workers);
    let next = steps.next();
    while (!next.done) {
      const batch = next.value;
      next = steps.next(batch === PAUSE ? (await turn(), undefined) : await pool.run(batch, CHUNK, stop));
    }
    return next.value;
  } finally {
    await pool.close();
  }
}
