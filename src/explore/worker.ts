/**
 * A worker thread of a parallel exploration: loads the scenario itself, then runs the
 * sampling batches it is sent and answers with their summaries, in run order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadScenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { type Batch, type Settings, runBatch, runOptionsOf } from './explore.js';
import { Paths } from './execution.js';

interface Setup {
  file: string;
  options: RunOptions;
  settings: Settings;
}

const { file, options, settings } = workerData as Setup;
const scenario = await loadScenario(file);
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
