/**
 * Words for the options of a decision the kernel is about to make, read from the state
 * before it: for a tie, the events within the race window in the order the kernel
 * numbers them (CPUs by id, then the earliest timer); for other kinds, the option's number.
 */
import { liveTimers } from '../../kernel/timer.js';
import { taskAt } from '../../kernel/state.js';
import type { KernelState } from '../../kernel/types.js';
import type { Decision } from './session.js';

const KIND_WORDS: Record<Decision['kind'], string> = {
  tie: 'which of the events within the race window happens first',
  wake: 'which waiter gets the object',
  jitter: 'how late a timer fires within the timer slack',
  lottery: "the lottery's draw",
};

export const decisionText = (d: Decision): string => KIND_WORDS[d.kind];

export function optionTexts(s: KernelState, d: Decision, raceWindow: number): string[] {
  const out: string[] = [];
  if (d.kind === 'tie') {
    const timers = liveTimers(s);
    let t = Infinity;
    for (const cpu of s.cpus) if (cpu.task >= 0 && cpu.at < t) t = cpu.at;
    if (timers !== null && timers.key < t) t = timers.key;
    const limit = t + raceWindow;
    for (const cpu of s.cpus) {
      if (cpu.task < 0 || cpu.at > limit) continue;
      const task = taskAt(s, cpu.task);
      out.push(`pid ${task.pid} on cpu${cpu.id}: ${cpu.pending === 'syscall' ? `its ${task.op || 'system call'}` : cpu.pending === 'slice' ? 'end of its time slice' : cpu.pending}`);
    }
    if (timers !== null && timers.key <= limit) out.push(`timer: pid ${taskAt(s, timers.v).pid} wakes`);
  }
  while (out.length < d.options) out.push(`option ${out.length}`);
  return out.slice(0, d.options);
}
