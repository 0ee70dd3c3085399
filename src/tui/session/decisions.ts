/**
 * Words for the options of a decision the kernel is about to make: each option is a task
 * (the kernel names its candidates), said with what that task is about to do in the
 * state before the decision.
 */
import { taskAt } from '../../kernel/state.js';
import type { KernelState } from '../../kernel/types.js';
import { spreadOf } from '../../kernel/variation.js';
import { feederName } from '../../render/describe.js';
import type { Decision } from './session.js';

/** Option i of a seeded variation in words: 'as the cost model says', or how far from it. */
function spreadWords(i: number, n: number, less: string, more: string): string {
  const f = spreadOf(i, n);
  if (f === 0) return 'as the cost model says';
  const h = Math.max(1, Math.floor(n / 2));
  return `${Math.abs(f) === 1 ? 'the whole' : `${Math.round(Math.abs(f) * h)}/${h} of the`} spread ${f < 0 ? less : more}`;
}

const KIND_WORDS: Record<Decision['kind'], string> = {
  tie: 'which of the events within the race window happens first',
  wake: 'which waiter gets the object',
  jitter: 'how late a timer fires within the timer slack',
  lottery: "the lottery's draw",
  pace: 'how fast a new task runs (--param paceSpread)',
  start: 'how long a new interpreter takes to start (--param startSpread)',
  latency: 'how long a woken task takes to continue',
  feeder: "whether a queue's feeder thread has written the item a poll looks for (--param feederLatency)",
};

export const decisionText = (d: Decision): string => KIND_WORDS[d.kind];

export function optionTexts(s: KernelState, d: Decision): string[] {
  return d.candidates.map((tid, i) => {
    // A new task's pace and start-up are decided while it is being made: it is not in the state before.
    if (d.kind === 'pace') return `the new task ${tid} runs ${spreadWords(i, d.candidates.length, 'faster', 'slower')}`;
    if (d.kind === 'start') return `the new task ${tid} starts ${spreadWords(i, d.candidates.length, 'sooner', 'later')}`;
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
      case 'latency':
        return `pid ${task.pid} continues ${i} step${i === 1 ? '' : 's'} of the wake-up latency late`;
      case 'feeder': {
        // The candidates are the poller and the putter (ipc/queue.ts).
        const poller = taskAt(s, d.candidates[0]!).pid;
        const putter = taskAt(s, d.candidates[1]!).pid;
        return i === 0 ? `pid ${poller}'s poll finds the item ${feederName(`pid ${putter}`)} wrote` : `pid ${poller}'s poll comes before ${feederName(`pid ${putter}`)} writes the item`;
      }
      default: {
        const never: never = d.kind;
        return String(never);
      }
    }
  });
}
