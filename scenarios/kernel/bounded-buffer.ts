/**
 * The bounded buffer (producer/consumer) on semaphores, as in OSTEP chapter 31:
 * `empty` counts free slots, `full` counts filled ones, a lock guards the buffer.
 * Two producers and two consumers share a buffer of two slots in shared memory.
 */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';

export const scenario: ScenarioMeta = {
  title: 'bounded buffer: producers and consumers on semaphores',
  about: 'OSTEP chapter 31 (semaphores): the producer/consumer solution with empty/full semaphores and a mutex.',
  options: { cpus: 2, seed: 7 },
};

const SLOTS = 2;
const ITEMS = 4; // per producer

export default function* main(k: Sys) {
  const empty = yield* k.semaphore(SLOTS, 'empty');
  const full = yield* k.semaphore(0, 'full');
  const mutex = yield* k.lock('mutex');
  const buf = yield* k.cell(new Array(SLOTS).fill(0), 'buffer');
  const idx = yield* k.cell([0, 0], 'fill/use');
  for (let p = 1; p <= 2; p++) {
    if ((yield* k.fork()) !== 0) continue;
    for (let i = 1; i <= ITEMS; i++) {
      const item = p * 100 + i;
      yield* k.compute('300us'); // produce it
      yield* k.acquire(empty);
      yield* k.acquire(mutex);
      const fill = yield* k.read(idx, 0);
      yield* k.store(buf, item, fill);
      yield* k.store(idx, (fill + 1) % SLOTS, 0);
      yield* k.print(`producer ${p} put ${item} in slot ${fill}`);
      yield* k.release(mutex);
      yield* k.release(full);
    }
    return 0;
  }
  for (let c = 1; c <= 2; c++) {
    if ((yield* k.fork()) !== 0) continue;
    for (let i = 0; i < ITEMS; i++) {
      yield* k.acquire(full);
      yield* k.acquire(mutex);
      const use = yield* k.read(idx, 1);
      const item = yield* k.read(buf, use);
      yield* k.store(idx, (use + 1) % SLOTS, 1);
      yield* k.print(`consumer ${c} got ${item} from slot ${use}`);
      yield* k.release(mutex);
      yield* k.release(empty);
      yield* k.compute('500us'); // consume it
    }
    return 0;
  }
  for (let i = 0; i < 4; i++) yield* k.wait();
  yield* k.print('all items produced and consumed');
  return 0;
}
