/** Kernel objects as they are now: queue items, pipe buffers, lock values with holder and waiters, events, barriers, shared values. */
import { allObjects, findProc, taskAt } from '../../kernel/state.js';
import { fifoToArray } from '../../kernel/persistent.js';
import type { KObject, KernelState, Tid } from '../../kernel/types.js';
import { objectName } from '../../render/describe.js';
import type { Line } from '../text.js';

const pidsOf = (s: KernelState, tids: readonly Tid[]): string => tids.map((t) => taskAt(s, t).pid).join(' ');

function describe(s: KernelState, o: KObject): string {
  const waiting = o.waiters.length ? `; waiting: ${pidsOf(s, o.waiters)}` : '';
  switch (o.kind) {
    case 'queue': {
      const items = fifoToArray(o.items).map((m) => m.repr);
      const held = fifoToArray(o.backlog);
      const feeders = held.length ? `; feeder threads hold ${held.map((m) => `${m.repr} (from ${m.from})`).join(', ')}` : '';
      const flushing = o.flushers.length ? `; waiting for their feeder: ${pidsOf(s, o.flushers)}` : '';
      return `[${items.join(', ')}] (${items.length}${o.maxsize > 0 ? `/${o.maxsize}` : ''})${o.putters.length ? `; full, putting: ${pidsOf(s, o.putters)}` : ''}${feeders}${flushing}${waiting}`;
    }
    case 'conn': {
      const items = fifoToArray(o.buf).map((m) => m.repr);
      return `${o.readable ? 'r' : ''}${o.writable ? 'w' : ''} buffered: [${items.join(', ')}]${waiting}`;
    }
    case 'sem': {
      const holder = o.owner >= 0 ? `; held by ${taskAt(s, o.owner).pid}` : '';
      return `value ${o.value}${holder}${waiting}`;
    }
    case 'event':
      return `${o.set ? 'set' : 'clear'}${waiting}`;
    case 'cond':
      return `on lock #${o.lock}${waiting}`;
    case 'barrier':
      return `${o.arrived}/${o.parties} arrived${o.broken ? ', broken' : ''}${waiting}`;
    case 'cell':
      return `[${o.values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ')}]${waiting}`;
    default: {
      const never: never = o;
      return String(never);
    }
  }
}

export function objectLines(s: KernelState, height: number): Line[] {
  const live = allObjects(s).filter((o) => o.refs > 0 || o.waiters.length > 0);
  if (live.length === 0) return [[{ text: '(no kernel objects)', dim: true }]];
  return live.slice(-height).map((o) => {
    const by = findProc(s, o.origin.pid);
    return [
      { text: objectName(o), bold: true },
      { text: ` ${describe(s, o)}` },
      { text: by ? `  (by ${o.origin.pid}${o.origin.loc ? ` at ${o.origin.loc}` : ''})` : '', dim: true },
    ];
  });
}
