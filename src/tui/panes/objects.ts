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
    case 'file':
      return `${o.path} at byte ${o.pos}${o.read ? ' r' : ''}${o.write ? (o.append ? ' a' : ' w') : ''}${waiting}`;
    default: {
      const never: never = o;
      return String(never);
    }
  }
}

/** The pane's lines, and which of the live objects they show (1-based `first`..`last` of `total`). */
export interface ObjectRows {
  lines: Line[];
  first: number;
  last: number;
  total: number;
}

/**
 * The newest objects that fit in `height` rows, or older ones when scrolled `back`
 * objects up (clamped: ↑↓ in the focused pane). `where` shortens a location for the
 * pane ('line 14' in the scenario's own file).
 */
export function objectLines(s: KernelState, height: number, where: (loc: string) => string = (l) => l, back = 0): ObjectRows {
  const live = allObjects(s).filter((o) => o.refs > 0 || o.waiters.length > 0);
  if (live.length === 0) return { lines: [[{ text: '(no kernel objects)', dim: true }]], first: 0, last: 0, total: 0 };
  const end = live.length - Math.max(0, Math.min(back, live.length - height));
  const from = Math.max(0, end - height);
  const lines = live.slice(from, end).map((o): Line => {
    const by = findProc(s, o.origin.pid);
    return [
      { text: objectName(o), bold: true },
      { text: ` ${describe(s, o)}` },
      { text: by ? `  (by ${o.origin.pid}${o.origin.loc ? ` at ${where(o.origin.loc)}` : ''})` : '', dim: true },
    ];
  });
  return { lines, first: from + 1, last: end, total: live.length };
}
