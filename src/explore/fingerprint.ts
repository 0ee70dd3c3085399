/**
 * The fingerprint of an execution's class: executions that differ only in the order of
 * independent steps get the same one. For every key, the order of its accesses — each
 * change in place, the reads between two changes as a set (reads commute) — names the
 * order of every pair of dependent steps; a step is its task and its index in the task
 * (and its decisions inside the step). Sampling strategies count classes with it; a
 * test checks that DPOR never runs two executions of one class.
 */
import type { Execution } from './execution.js';
import { hash53 } from './hash.js';

/** The class of an execution, as a string (equal strings: equivalent executions). */
export function classOf(x: Execution): string {
  const byKey = new Map<number, string[]>();
  const pendingReads = new Map<number, string[]>();
  const flush = (key: number): void => {
    const reads = pendingReads.get(key);
    if (reads && reads.length > 0) {
      byKey.get(key)!.push(`{${reads.sort().join(',')}}`);
      pendingReads.set(key, []);
    }
  };
  for (let i = 0; i < x.n; i++) {
    const data = x.dataOf(i);
    const step = `${x.tid[i]}.${x.nth[i]}${data.length > 0 ? `:${data.join('.')}` : ''}`;
    for (let a = x.accStart[i]!; a < x.accEnd(i); a++) {
      const key = x.accKey[a]!;
      if (!byKey.has(key)) byKey.set(key, []);
      if (x.accWrite[a]) {
        flush(key);
        byKey.get(key)!.push(step);
      } else {
        const reads = pendingReads.get(key);
        if (reads) reads.push(step);
        else pendingReads.set(key, [step]);
      }
    }
  }
  const parts: string[] = [];
  for (const key of [...byKey.keys()].sort((a, b) => a - b)) {
    flush(key);
    parts.push(`${key}=${byKey.get(key)!.join(' ')}`);
  }
  return parts.join('\n');
}

/** A short fingerprint of the class (53 bits, as a number). */
export const fingerprint = (x: Execution): number => hash53(classOf(x));
