/**
 * Lottery scheduling (Waldspurger & Weihl; OSTEP chapter 9): each ready task holds
 * tickets (100 by default, scaled by nice: 100 * 1.25^-nice, rounded); the Chooser
 * draws a winning ticket in [0, total) and the holder runs for one quantum. Tickets are
 * counted over the ready tasks in arrival order, as OSTEP's lottery.py walks its list;
 * every draw is printed in the trace. Not preemptive.
 */
import { emit } from '../ctx.js';
import { fifoFromArray, fifoToArray } from '../persistent.js';
import { taskAt } from '../state.js';
import type { Task } from '../types.js';
import type { Policy } from './policy.js';
import { pushLevel, removeFromLevels, runq, setRunq } from './policy.js';

export const ticketsFor = (t: Task): number => Math.max(1, Math.round(100 * 1.25 ** -t.nice));

export const lottery: Policy = {
  name: 'lottery',
  help: 'lottery: each ready task holds tickets (100, scaled by nice); a seeded draw in [0, total) picks the winner, counting tickets over the ready list in arrival order (as OSTEP lottery.py); the winner runs one --quantum. Draws appear in the trace. Not preemptive.',
  levels: 1,
  preemptive: false,
  enqueue: (_k, s, task) => {
    task.tickets = ticketsFor(task);
    pushLevel(s, 0, task);
  },
  pick: (k, s, eligible) => {
    if (s.nready === 0) return -1;
    const rq = runq(s);
    const all = fifoToArray(rq.levels[0]!);
    const queue = all.filter((t) => eligible(s, t));
    if (queue.length === 0) return -1;
    let total = 0;
    for (const tid of queue) total += taskAt(s, tid).tickets;
    let draw = 0;
    if (queue.length > 1) {
      const who = k.candidates.room(total);
      let at = 0;
      for (const tid of queue) {
        const n = taskAt(s, tid).tickets;
        who.fill(tid, at, at + n);
        at += n;
      }
      draw = k.chooser.choose('lottery', total, who);
    }
    let counter = 0;
    let i = 0;
    for (; i < queue.length - 1; i++) {
      counter += taskAt(s, queue[i]!).tickets;
      if (counter > draw) break;
    }
    const tid = queue.splice(i, 1)[0]!;
    setRunq(s, { ...rq, levels: [fifoFromArray(all.filter((t) => t !== tid))] });
    s.nready--;
    if (queue.length > 0) emit(k, s, -1, taskAt(s, tid).pid, tid, { kind: 'lottery', draw, tickets: total, winner: taskAt(s, tid).pid });
    return tid;
  },
  slice: (k) => k.quantum,
  charge: () => {},
  beats: () => false,
  remove: removeFromLevels,
};
