/** The time-travel benchmark's big run: 1,000 processes, about a million events (bench/session.mjs). */
import type { ScenarioMeta, Sys } from 'forkscope';

export const scenario: ScenarioMeta = { title: 'bench: 1,000 processes that compute and sleep', options: { cpus: 4, maxTime: '1000s' } };

function* child(k: Sys, i: number) {
  for (let r = 0; r < 250; r++) {
    yield* k.compute('50us');
    yield* k.sleep(`${1 + ((i + r) % 7)}ms`);
  }
  return 0;
}

export default function* main(k: Sys) {
  for (let i = 0; i < 999; i++) {
    const pid = yield* k.fork();
    if (pid === 0) return yield* child(k, i);
  }
  for (let i = 0; i < 999; i++) yield* k.wait();
}
