/**
 * How close each forkscope run of a documents' example must come to the CPython run
 * recorded for it (levels in cpython.ts). A recording not listed must be the `same`.
 * Every entry says why it is weaker; `differs` entries name what is not compared and
 * why, and `stdout` entries compare standard output only. Whether forkscope can
 * produce CPython's exact interleaving of a racy example is the explorer's outcome
 * snapshots' business; here a racy run must at least print the same lines or text.
 */
import type { Level } from './cpython.js';

export interface Expected {
  level: Level;
  /** Compare standard output only (stderr holds frames of the recorder's spawn wrapper). */
  stdoutOnly?: true;
  why: string;
}

const RACE = 'the processes race: the order of their lines differs from run to run';
const MIXED = "unsynchronised prints mix mid-line (print's text and end are separate writes)";
const WRAPPER = "spawn was forced on Linux through a wrapper, so CPython's tracebacks start with the wrapper's and runpy's frames";
const FEEDER =
  "empty() polls the pipe just after the puts, before the feeder thread may have written the first message: CPython printed the messages here, and in 2 and 3 of the 8 runs of cpython-variety/";
const NOT_WINDOWS = 'spawn on Linux is not Windows (test/docs/README.md)';

/** `topic/name.method` → the level its run reaches at least. */
export const EXPECTED: Record<string, Expected> = {
  'daemon/join-timeout.fork': { level: 'subset', why: "the fourth line of the 4-loop daemon lands just before or after the main line's end, depending on timing (CPython printed it)" },
  'daemon/without-daemon.fork': { level: 'reordered', why: "'ENDING!' and the child's third line come at the same moment" },
  'fork/fork-returns-twice.spawn': { level: 'differs', why: `${NOT_WINDOWS}: os.fork exists there, forkscope's windows has none (AttributeError, status 1)` },
  'fork/getpid-getppid.spawn': { level: 'differs', why: `${NOT_WINDOWS}: os.fork exists there, forkscope's windows has none (AttributeError, status 1)` },
  'manager/dict-race.fork': { level: 'shape', why: 'how many of the 100 decrements are lost is a race (CPython lost 25 in this recording, 0-10 in the 8 runs of cpython-variety/)' },
  'manager/dict-race.spawn': { level: 'shape', why: 'how many of the 100 decrements are lost is a race (CPython lost 5 here)' },
  'network/pool-map-urls.fork': { level: 'differs', why: "the recording machine had no network (every URL 'not Scraped'); forkscope's simulated web answers" },
  'network/pool-map-urls.spawn': { level: 'differs', why: "the recording machine had no network (every URL 'not Scraped'); forkscope's simulated web answers" },
  'pool/apply-async-four-tasks.fork': { level: 'reordered', why: RACE },
  'pool/apply-async-four-tasks.spawn': { level: 'reordered', why: RACE },
  'pool/apply-async-hello.fork': { level: 'reordered', why: RACE },
  'pool/apply-async-no-guard.fork': { level: 'reordered', why: RACE },
  'pool/apply-async-no-guard.spawn': { level: 'same', stdoutOnly: true, why: `workers die re-running the module until the limit; ${WRAPPER}` },
  'pool/apply-async-random-sleeps.fork': { level: 'reordered', why: `${RACE} (random sleeps)` },
  'pool/apply-async-random-sleeps.spawn': { level: 'interleaved', why: `${RACE} (random sleeps); ${MIXED}` },
  'pool/apply-async-three-tasks.fork': { level: 'interleaved', why: MIXED },
  'pool/apply-async-three-tasks.spawn': { level: 'shape', why: `${MIXED}, gluing pids together` },
  'pool/apply-no-guard.spawn': { level: 'same', stdoutOnly: true, why: `the first apply() never returns while workers die re-running the module; ${WRAPPER}` },
  'process/cpu-count-active-children.fork': { level: 'shape', why: 'the recording machine has 2 CPUs (forkscope: 4), and active_children() lists a set in hash order' },
  'process/cpu-count-active-children.spawn': { level: 'shape', why: 'the recording machine has 2 CPUs (forkscope: 4), and active_children() lists a set in hash order' },
  'process/no-main-guard.fork': { level: 'interleaved', why: MIXED },
  'process/no-main-guard.spawn': { level: 'reordered', stdoutOnly: true, why: `each child's bootstrapping RuntimeError; ${WRAPPER}` },
  'process/start-five-no-join.fork': { level: 'interleaved', why: MIXED },
  'process/start-five-no-join.spawn': { level: 'interleaved', why: MIXED },
  'process/three-workers.fork': { level: 'reordered', why: RACE },
  'process/three-workers.spawn': { level: 'interleaved', why: MIXED },
  'process/two-processes-interleaved.fork': { level: 'interleaved', why: MIXED },
  'queue/bounded-queue-full.fork': { level: 'subset', why: FEEDER },
  'queue/bounded-queue-full.spawn': { level: 'subset', why: FEEDER },
  'queue/joinable-queue.fork': { level: 'interleaved', why: MIXED },
  'queue/producer-consumer-buns.fork': { level: 'timeout', why: 'runs until stopped; random 0-3 s waits decide how many lines each got' },
  'queue/producer-consumer-buns.spawn': { level: 'subset', why: 'runs until stopped; random 0-3 s waits decide how many lines each got' },
  'queue/producer-consumer-values.fork': { level: 'reordered', why: `runs until stopped; ${RACE}` },
  'subclass/five-clocks.fork': { level: 'interleaved', why: MIXED },
  'subprocess/nslookup-call.spawn': { level: 'differs', why: `${NOT_WINDOWS}: the recorder's nslookup stand-in answers as Linux's, forkscope's windows nslookup as Windows'` },
  'subprocess/nslookup-communicate.spawn': { level: 'differs', why: `${NOT_WINDOWS}: the recorder's nslookup stand-in answers as Linux's, forkscope's windows nslookup as Windows'` },
  'sync/lock-balance.fork': { level: 'subset', why: 'runs until stopped: CPython printed 46 lines in 2 s of real time, forkscope stops at its 100 ms budget' },
  'sync/lock-balance.spawn': { level: 'subset', why: 'runs until stopped: CPython printed 20 lines in 2 s of real time, forkscope stops at its 100 ms budget' },
  'sync/print-without-lock.fork': { level: 'interleaved', why: MIXED },
  'sync/print-without-lock.spawn': { level: 'differs', why: `${NOT_WINDOWS}: every child died with FileNotFoundError on POSIX named semaphores` },
  'sync/producer-consumer-semaphores.fork': { level: 'timeout', why: 'runs until stopped: CPython by its 10 s timeout, forkscope by its budget' },
};
