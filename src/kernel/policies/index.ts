/** The policy table: name → policy. */
import { cfs } from './cfs.js';
import { fifo } from './fifo.js';
import { lottery } from './lottery.js';
import { mlfq } from './mlfq.js';
import type { Policy, PolicyName } from './policy.js';
import { priority } from './priority.js';
import { rr } from './rr.js';

export const POLICIES: Record<PolicyName, Policy> = { fifo, rr, priority, mlfq, lottery, cfs };
export const POLICY_NAMES = Object.keys(POLICIES) as PolicyName[];

export function isPolicyName(name: string): name is PolicyName {
  return Object.hasOwn(POLICIES, name);
}
