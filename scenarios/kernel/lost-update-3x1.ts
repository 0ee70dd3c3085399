/** Three processes each increment a shared counter once, without a lock. */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';
import { increments } from '../_lib/lost-update.js';

export const scenario: ScenarioMeta = {
  title: 'lost update, smallest: 3 processes increment a counter once each',
  about:
    'Each child reads the counter and writes it back plus one. Under the cost model every run prints 3 (the children start 400us apart); `forkscope explore` finds every order of the reads and writes: 36 executions, outcomes 1, 2 and 3.',
  options: { cpus: 3 },
};

export default function* main(k: Sys) {
  return yield* increments(k, 3, 1);
}
