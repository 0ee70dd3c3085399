/** Three processes each increment a shared counter twice, without a lock. */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';
import { increments } from '../_lib/lost-update.js';

export const scenario: ScenarioMeta = {
  title: 'lost update: 3 processes increment a counter twice each',
  about:
    'The explorer\'s yardstick: 34,650 interleavings of the reads and writes fall into 7,134 classes of equivalent executions and 5 outcomes (2 to 6). `forkscope explore` runs one execution per class.',
  options: { cpus: 3 },
};

export default function* main(k: Sys) {
  return yield* increments(k, 3, 2);
}
