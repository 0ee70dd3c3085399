/**
 * Wakeup trees and weak initials (Abdulla, Aronis, Jonsson, Sagonas: "Source Sets: A
 * Foundation for Optimal Dynamic Partial Order Reduction", JACM 2017).
 *
 * At each point of the current execution, a wakeup tree holds the sequences still to
 * explore from there, ordered; a sequence that reverses a race is inserted unless an
 * existing branch already leads to an equivalent execution. A task p is a *weak
 * initial* of a sequence w when some execution equivalent to one starting with w can
 * start with p's next step: p's first step in w depends on nothing before it in w, or
 * p does not occur in w and its next step is independent of all of w.
 */
import { type Ev, dependent, sameEv } from './dependence.js';

export interface WuNode {
  readonly ev: Ev;
  readonly kids: WuNode[];
}

/** Whether `p` (a task's next step, as recorded) is a weak initial of `w`. */
export function weakInitial(p: Ev, w: readonly Ev[]): boolean {
  const at = w.findIndex((e) => e.tid === p.tid);
  if (at < 0) return w.every((e) => !dependent(p, e));
  if (!sameEv(w[at]!, p)) return false;
  for (let k = 0; k < at; k++) if (dependent(w[k]!, w[at]!)) return false;
  return true;
}

/** `w` without the first step of `p`'s task (unchanged when the task does not occur in it). */
function without(w: readonly Ev[], p: Ev): Ev[] {
  const at = w.findIndex((e) => e.tid === p.tid);
  return at < 0 ? [...w] : [...w.slice(0, at), ...w.slice(at + 1)];
}

function chain(w: readonly Ev[]): WuNode {
  let node: WuNode = { ev: w[w.length - 1]!, kids: [] };
  for (let i = w.length - 2; i >= 0; i--) node = { ev: w[i]!, kids: [node] };
  return node;
}

/**
 * Inserts sequence `w` into the tree whose top branches are `branches` (skipping the
 * first `skip` of them: the branch being explored). Descends while a branch's step is a
 * weak initial of what is left of `w`; stops when it reaches a leaf (an existing branch
 * already covers `w`), else adds the rest of `w` as a new last branch. Returns whether
 * the tree grew.
 */
export function insert(branches: WuNode[], w: readonly Ev[], skip: number): boolean {
  let list = branches;
  let rest: Ev[] = [...w];
  let from = skip;
  for (;;) {
    let found: WuNode | null = null;
    for (let c = from; c < list.length; c++) {
      if (weakInitial(list[c]!.ev, rest)) {
        found = list[c]!;
        break;
      }
    }
    from = 0;
    if (found === null) {
      if (rest.length === 0) return false;
      list.push(chain(rest));
      return true;
    }
    if (found.kids.length === 0) return false;
    rest = without(rest, found.ev);
    list = found.kids;
  }
}
