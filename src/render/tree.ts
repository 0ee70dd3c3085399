/** `--format tree`: the process tree — pids, names, how each ended, who adopted orphans. */
import type { KernelState, Proc } from '../kernel/types.js';
import { allProcs, taskAt } from '../kernel/state.js';
import { blockedOn, statusText } from './describe.js';

function status(s: KernelState, p: Proc): string {
  if (p.status === 'exited') return statusText(p.wstatus);
  if (p.status === 'zombie') return `zombie, ${statusText(p.wstatus)}, not reaped`;
  if (p.tasks.length === 0) return '';
  const t = taskAt(s, p.tasks[0]!);
  return t.state.tag === 'blocked' ? `blocked: ${blockedOn(s, t.state.on)}` : t.state.tag;
}

export function renderTree(s: KernelState): string {
  const kids = new Map<number, Proc[]>();
  for (const p of allProcs(s)) {
    if (!kids.has(p.ppid)) kids.set(p.ppid, []);
    kids.get(p.ppid)!.push(p);
  }
  const lines: string[] = [];
  const walk = (p: Proc, prefix: string, last: boolean, root: boolean): void => {
    const st = status(s, p);
    const notes = [st];
    if (p.ppid !== p.origPpid) notes.push(`orphan of ${p.origPpid}, adopted by ${p.ppid}`);
    if (p.origin === 'spawn') notes.push('spawned');
    const text = `${p.pid} ${p.name}${notes.filter(Boolean).length ? `  (${notes.filter(Boolean).join('; ')})` : ''}`;
    lines.push(root ? text : `${prefix}${last ? '└── ' : '├── '}${text}`);
    const children = kids.get(p.pid) ?? [];
    const next = root ? '' : `${prefix}${last ? '    ' : '│   '}`;
    children.forEach((c, i) => walk(c, next, i === children.length - 1, false));
  };
  for (const p of kids.get(0) ?? []) walk(p, '', true, true);
  return `${lines.join('\n')}\n`;
}
