/** Two processes increment a shared counter without a lock: updates are lost. */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';
import { lostUpdate } from '../_lib/lost-update.js';

export const scenario: ScenarioMeta = {
  title: 'lost update: 2 processes, a shared counter, no lock',
  about: 'A race on shared memory (OSTEP chapter 26): read, compute, write back — concurrent increments overwrite each other. Try other seeds.',
  options: { cpus: 2, seed: 1 },
  variants: { seed2: { seed: 2 }, 'one-cpu': { cpus: 1 } },
};

export default function* main(k: Sys) {
  return yield* lostUpdate(k, 2, 1000);
}
