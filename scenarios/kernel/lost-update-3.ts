/** Three processes increment a shared counter without a lock: updates are lost. */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';
import { lostUpdate } from '../_lib/lost-update.js';

export const scenario: ScenarioMeta = {
  title: 'lost update: 3 processes, a shared counter, no lock',
  about: 'The same race with three writers on three CPUs (OSTEP chapter 26).',
  options: { cpus: 3, seed: 1 },
  variants: { seed2: { seed: 2 } },
};

export default function* main(k: Sys) {
  return yield* lostUpdate(k, 3, 1000);
}
