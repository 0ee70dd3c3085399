/**
 * The one key table: every command, its keys and what it does. The help overlay and
 * the hint bar are generated from it, and the input handler looks keys up in it.
 * Anchors: arrows step (lazygit panels); n/N, c/C lowercase forward, uppercase backward
 * (gdb SingleKey, rr's reverse-next/continue); g/G ends (less, htop); Space plays; `/`
 * searches, `:` jumps (k9s, vim); ? help and q quit (htop, lazygit); Esc closes overlays.
 */
import { wrap } from './text.js';

export type Command =
  | 'forward' | 'back' | 'next' | 'prev' | 'cont' | 'rcont' | 'start' | 'end' | 'jump' | 'play' | 'faster' | 'slower'
  | 'up' | 'down' | 'focus' | 'scrollLeft' | 'scrollRight' | 'search' | 'searchNext' | 'searchPrev' | 'breakLine' | 'breakKinds' | 'breakProc'
  | 'tree' | 'explain' | 'help' | 'quit' | 'sched' | 'write' | 'platform' | 'close';

export interface Binding {
  command: Command;
  /** Key names: a printable character, or 'right', 'left', 'up', 'down', 'shift-right', 'shift-left', 'tab', 'space', 'enter', 'escape', 'home', 'end', 'pageup', 'pagedown'. */
  keys: string[];
  /** Shown in the hint bar as this (or not at all when null). */
  hint: string | null;
  section: 'Time' | 'Breakpoints' | 'Look' | 'Scheduler' | 'Session';
  help: string;
}

export const KEYS: readonly Binding[] = [
  { command: 'forward', keys: ['right', 'l'], hint: '←→ step', section: 'Time', help: 'one event forward' },
  { command: 'back', keys: ['left', 'h'], hint: null, section: 'Time', help: 'one event back' },
  { command: 'next', keys: ['n'], hint: 'n/N proc', section: 'Time', help: 'next step of the selected process' },
  { command: 'prev', keys: ['N'], hint: null, section: 'Time', help: 'previous step of the selected process' },
  { command: 'cont', keys: ['c'], hint: 'c/C brk', section: 'Time', help: 'continue forward to the next breakpoint' },
  { command: 'rcont', keys: ['C'], hint: null, section: 'Time', help: 'continue backward to the previous breakpoint' },
  { command: 'start', keys: ['g', 'home'], hint: null, section: 'Time', help: 'start of the run' },
  { command: 'end', keys: ['G', 'end'], hint: null, section: 'Time', help: 'end of the run' },
  { command: 'jump', keys: [':'], hint: null, section: 'Time', help: 'jump to an event number, or a virtual time (12ms, 1.5s)' },
  { command: 'play', keys: ['space'], hint: 'spc play', section: 'Time', help: 'play / pause' },
  { command: 'faster', keys: ['+', '='], hint: null, section: 'Time', help: 'play faster' },
  { command: 'slower', keys: ['-'], hint: null, section: 'Time', help: 'play slower' },
  { command: 'breakLine', keys: ['b'], hint: null, section: 'Breakpoints', help: 'toggle a breakpoint on the source line under the cursor (Source pane)' },
  { command: 'breakKinds', keys: ['e'], hint: null, section: 'Breakpoints', help: 'choose event kinds to stop at (fork, exit, zombie, reap, block, wake, signal, print, deadlock)' },
  { command: 'breakProc', keys: ['B'], hint: null, section: 'Breakpoints', help: 'toggle a breakpoint on the selected process (any of its events)' },
  { command: 'up', keys: ['up', 'k'], hint: null, section: 'Look', help: 'select the process above (Source pane: move the cursor; Kernel objects: scroll)' },
  { command: 'down', keys: ['down', 'j'], hint: null, section: 'Look', help: 'select the process below (Source pane: move the cursor; Kernel objects: scroll)' },
  { command: 'focus', keys: ['tab'], hint: null, section: 'Look', help: 'move the focus to the next pane' },
  { command: 'scrollRight', keys: ['>', 'shift-right'], hint: null, section: 'Look', help: 'scroll long lines right (the focused Output or Vars pane; else Source)' },
  { command: 'scrollLeft', keys: ['<', 'shift-left'], hint: null, section: 'Look', help: 'scroll long lines back left' },
  { command: 'search', keys: ['/'], hint: '/ find', section: 'Look', help: 'search events and output' },
  { command: 'searchNext', keys: [']', 'enter'], hint: null, section: 'Look', help: 'next match' },
  { command: 'searchPrev', keys: ['['], hint: null, section: 'Look', help: 'previous match' },
  { command: 'explain', keys: ['x'], hint: 'x more', section: 'Look', help: 'the current step explained in full, every event (the Event pane and the hints say x when it has more); ↑↓ scroll it, → ← step on' },
  { command: 'tree', keys: ['t'], hint: null, section: 'Look', help: 'process tree (zombies, orphans adopted by init)' },
  { command: 'sched', keys: ['s'], hint: 's sched', section: 'Scheduler', help: 'be the scheduler: pick another option for a decision of the next step' },
  { command: 'write', keys: ['w'], hint: 'w save', section: 'Scheduler', help: 'write the schedule string of this run and the command that replays it' },
  { command: 'platform', keys: ['p'], hint: null, section: 'Session', help: 'run the same program on another platform, side by side (p again: back)' },
  { command: 'help', keys: ['?'], hint: '? help', section: 'Session', help: 'this help' },
  { command: 'close', keys: ['escape'], hint: null, section: 'Session', help: 'close an overlay or prompt' },
  { command: 'quit', keys: ['q'], hint: 'q quit', section: 'Session', help: 'quit (Ctrl-C always quits)' },
];

const BY_KEY = new Map<string, Command>();
for (const b of KEYS) for (const k of b.keys) BY_KEY.set(k, b.command);

export const commandOf = (key: string): Command | undefined => BY_KEY.get(key);

/** How a key name is shown. */
export function keyLabel(k: string): string {
  const named: Record<string, string> = { right: '→', left: '←', up: '↑', down: '↓', 'shift-right': 'S-→', 'shift-left': 'S-←', tab: 'Tab', space: 'Space', enter: 'Enter', escape: 'Esc', home: 'Home', end: 'End' };
  return named[k] ?? k;
}

/** The hints left out first when the bar is too narrow (the help overlay has them all). */
const DROPPED_FIRST: readonly Command[] = ['next', 'search', 'cont', 'play'];

/** The one-line hint bar for a terminal `width` wide: `x more` only when the Event pane has more than it shows (`more`). */
export function hintBar(width = 80, more = false): string {
  let shown = KEYS.filter((b) => b.hint !== null && (more || b.command !== 'explain'));
  const text = (): string => shown.map((b) => b.hint).join('  ');
  for (const c of DROPPED_FIRST) if (text().length > width) shown = shown.filter((b) => b.command !== c);
  return text();
}

/** The help overlay's lines, by section, each key's help wrapped under itself to fit `width`; on a wide screen, in two columns. */
export function helpLines(width = 80): string[] {
  const KEYS_W = 12;
  const entry = (b: Binding, w: number): string[] =>
    wrap(b.help, Math.max(16, w - KEYS_W - 3)).map((t, i) => `  ${(i === 0 ? b.keys.map(keyLabel).join(' ') : '').padEnd(KEYS_W)} ${t}`);
  const sectionsAt = (w: number): string[][] =>
    (['Time', 'Breakpoints', 'Look', 'Scheduler', 'Session'] as const).map((section) => [section, ...KEYS.filter((x) => x.section === section).flatMap((b) => entry(b, w))]);
  // Two columns when each can hold its longest line whole; one column, wrapped to the width, otherwise.
  const whole = sectionsAt(Infinity);
  const colW = Math.max(...whole.flat().map((l) => l.length)) + 3;
  if (width < 2 * colW) return sectionsAt(width).flat();
  const sections = whole;
  const all = sections.flat();
  // Two columns: the first sections on the left until about half, the rest on the right.
  const left: string[] = [];
  let i = 0;
  while (i < sections.length && left.length + sections[i]!.length <= Math.ceil(all.length / 2) + 2) left.push(...sections[i++]!);
  const right = sections.slice(i).flat();
  const out: string[] = [];
  for (let r = 0; r < Math.max(left.length, right.length); r++) out.push(`${(left[r] ?? '').padEnd(colW)}${right[r] ?? ''}`.trimEnd());
  return out;
}
