/**
 * A worker thread of a parallel exploration: loads the scenario itself (a TypeScript one
 * from the bundle the exploring thread built, a Python one from its file), then runs the
 * sampling batches it is sent and answers with their summaries, in run order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadBundled, loadScenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { type Batch, type Settings, runBatch, runOptionsOf } from './explore.js';
import { Paths } from './execution.js';

interface Setup {
  file: string;
  /** A TypeScript scenario's bundle, as the exploring thread built it. */
  bundle: string | undefined;
  options: RunOptions;
  settings: Settings;
}

const { file, bundle, options, settings } = workerData as Setup;
const scenario = bundle === undefined ? await loadScenario(file) : await loadBundled(file, bundle);
const target = { scenario, options: runOptionsOf(scenario, options, settings.mode), mode: settings.mode, projection: settings.projection };
const paths = new Paths();
parentPort!.on('message', (b: Batch) => {
  try {
    parentPort!.postMessage({ ok: runBatch(b, target, settings, paths) });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) });
  }
});
parentPort!.postMessage({ ready: true });
