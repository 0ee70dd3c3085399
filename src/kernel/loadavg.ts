/**
 * The load average (os.getloadavg(), /proc/loadavg), computed as Linux computes it
 * (kernel/sched/loadavg.c), on virtual time: every LOAD_FREQ (5 s and one tick) each of
 * the 1-, 5- and 15-minute averages decays toward the number of active tasks — running
 * or waiting for a CPU — in 11-bit fixed point, with Linux's constants and rounding. The
 * machine boots idle, so the averages start at 0 and rise only while the program keeps
 * CPUs busy for seconds of virtual time.
 *
 * The kernel does not tick: the state between two events is constant, so before the clock
 * moves past sample times, `catchUp` applies each sample with the active count of the
 * interval just ended. With a constant count the averages reach a fixed point, after which
 * the remaining samples change nothing and are skipped (a year-long sleep costs no loop).
 */
import type { KernelState, Ns } from './types.js';

const FSHIFT = 11;
const FIXED_1 = 1 << FSHIFT;
/** 1 / exp(5 s / 1 min), 1 / exp(5 s / 5 min), 1 / exp(5 s / 15 min), in fixed point. */
const EXP = [1884, 2014, 2037] as const;
/** 5 s and one tick of a HZ=250 kernel (Ubuntu's): Linux's LOAD_FREQ = 5 * HZ + 1 ticks. */
export const LOAD_FREQ: Ns = 5_004_000_000;

/** Linux's calc_load: one decay step of `load` toward `active` (both fixed point). */
function calcLoad(load: number, exp: number, active: number): number {
  let next = load * exp + active * (FIXED_1 - exp);
  if (active >= load) next += FIXED_1 - 1;
  return Math.floor(next / FIXED_1);
}

/** Tasks that count as load: on a CPU or in the ready structure. */
function activeTasks(s: KernelState): number {
  let running = 0;
  for (const cpu of s.cpus) if (cpu.task >= 0) running++;
  return running + s.nready;
}

/**
 * Applies the samples due at or before `until`, the time the clock is about to move to:
 * the state is still the one that held since the last event. Call before every advance.
 */
export function catchUp(s: KernelState, until: Ns): void {
  if (until < s.loadNext) return;
  const active = activeTasks(s) * FIXED_1;
  let avg = s.avenrun;
  while (s.loadNext <= until) {
    const next = [calcLoad(avg[0]!, EXP[0], active), calcLoad(avg[1]!, EXP[1], active), calcLoad(avg[2]!, EXP[2], active)];
    if (next[0] === avg[0] && next[1] === avg[1] && next[2] === avg[2]) {
      // A fixed point: every later sample of this interval leaves it as it is.
      s.loadNext += Math.floor((until - s.loadNext) / LOAD_FREQ + 1) * LOAD_FREQ;
      break;
    }
    avg = next;
    s.loadNext += LOAD_FREQ;
  }
  if (avg !== s.avenrun) s.avenrun = avg;
}

/**
 * The three averages as /proc/loadavg prints them (two decimals, rounded as Linux rounds:
 * + 1/200 then truncated) and glibc's getloadavg reads them back.
 */
export function loadavg(s: KernelState): [number, number, number] {
  const shown = (x: number): number => {
    const v = x + FIXED_1 / 200;
    return Number(`${v >> FSHIFT}.${String(((v & (FIXED_1 - 1)) * 100) >> FSHIFT).padStart(2, '0')}`);
  };
  return [shown(s.avenrun[0]!), shown(s.avenrun[1]!), shown(s.avenrun[2]!)];
}
