/**
 * A fork tree like OSTEP's fork.py: a parent forks children that fork again; some
 * exit before their parent waits (zombies until reaped), one outlives its parent
 * (an orphan, reparented to init, whose getppid() becomes 1).
 */
import type { ScenarioMeta, Sys } from '../../src/scenario/api.js';

export const scenario: ScenarioMeta = {
  title: 'fork tree: zombies and an orphan',
  about: "After OSTEP's fork.py (chapter 5 homework): a process tree grown by fork, zombies that wait to be reaped, and an orphan adopted by init.",
  options: { cpus: 2, seed: 1 },
};

export default function* main(k: Sys) {
  const root = yield* k.getpid();
  yield* k.print(`a (pid ${root}) starts`);
  const b = yield* k.fork();
  if (b === 0) {
    // b forks d, then exits at once: d becomes an orphan.
    const d = yield* k.fork();
    if (d === 0) {
      yield* k.sleep('30ms');
      yield* k.print(`d (pid ${yield* k.getpid()}) was orphaned: its parent is now ${yield* k.getppid()}`);
      return 0;
    }
    yield* k.print(`b (pid ${yield* k.getpid()}) forked d (pid ${d}) and exits`);
    return 3;
  }
  const c = yield* k.fork();
  if (c === 0) {
    yield* k.compute('2ms');
    yield* k.print(`c (pid ${yield* k.getpid()}) exits`);
    return 0;
  }
  // Both children are zombies by now: they exited but nobody collected them.
  yield* k.sleep('10ms');
  for (let i = 0; i < 2; i++) {
    const r = yield* k.wait();
    if (r) yield* k.print(`a reaped pid ${r[0]} with status ${r[1] >> 8}`);
  }
  const none = yield* k.wait();
  yield* k.print(`a: wait with no children left gives ${none === null ? 'ECHILD' : none}`);
  return 0;
}
