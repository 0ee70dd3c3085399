/**
 * Words for the options of a decision the kernel is about to make: each option is a task
 * (the kernel names its candidates), said with what that task is about to do in the
 * state before the decision.
 */
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

export function optionTexts(s: KernelState, d: Decision): string[] {
  return d.candidates.map((tid, i) => {
    const task = taskAt(s, tid);
    switch (d.kind) {
      case 'tie': {
        const st = task.state;
        if (st.tag === 'blocked') return `pid ${task.pid}: its timer fires (${st.on.kind === 'sleep' ? 'sleep ends' : 'timeout'})`;
        return `pid ${task.pid} goes first: ${task.op ? `its ${task.op}` : 'its next event'}`;
      }
      case 'wake':
        return `pid ${task.pid} gets it`;
      case 'jitter':
        return `pid ${task.pid}'s timer fires ${i} step${i === 1 ? '' : 's'} of the slack late`;
      case 'lottery':
        return `ticket ${i}: pid ${task.pid}`;
      default: {
        const never: never = d.kind;
        return String(never);
      }
    }
  });
}
