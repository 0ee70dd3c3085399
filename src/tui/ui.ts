/**
 * What the stepping UI remembers besides the run: the selected process, the focused
 * pane, overlays and prompts, breakpoints, play. One plain object, changed by the
 * commands (commands.ts) and read by the screen (screen.tsx).
 */
import type { Pid } from '../kernel/types.js';
import type { BreakKind } from './navigate.js';
import type { Session } from './session/session.js';

export type PaneName = 'procs' | 'source' | 'vars' | 'output' | 'timeline' | 'objects';
export const FOCUS_ORDER: readonly PaneName[] = ['procs', 'source', 'vars', 'output', 'timeline', 'objects'];

/** The panes whose long lines scroll sideways. */
export type WidePane = 'source' | 'output' | 'vars';

export type Overlay = null | 'help' | 'tree' | 'sched' | 'kinds' | 'event';

export interface Prompt {
  kind: 'jump' | 'search';
  text: string;
}

export interface Ui {
  selected: Pid;
  focus: PaneName;
  /** The Source pane's cursor line (breakpoints are set on it). */
  cursor: number;
  /** Columns each wide pane is scrolled right by, and how far its lines on screen let it go (the screen sets that). */
  scrollX: Record<WidePane, number>;
  scrollMax: Record<WidePane, number>;
  overlay: Overlay;
  /** The highlighted entry of a list overlay, or the first line shown of a text overlay. */
  overlayIndex: number;
  prompt: Prompt | null;
  /** The message of the last command (shown in place of the key hints until the next key). */
  status: string;
  search: string;
  /** Breakpoints: 'file.py:12' lines, event kinds, processes. */
  lines: Set<string>;
  kinds: Set<BreakKind>;
  procs: Set<Pid>;
  playing: boolean;
  /** Steps per tick while playing. */
  speed: number;
  /** The same program on another platform, side by side (`p`). */
  other: Session | null;
  /** How many kernel objects up from the newest the Kernel objects pane is scrolled (↑↓ when it is focused). */
  objectsBack: number;
  /** The Event pane shows less than the step's whole explanation (the screen sets it; the hints then offer `x`). */
  eventMore: boolean;
}

export function initialUi(session: Session): Ui {
  return {
    selected: session.mainPid,
    focus: 'procs',
    cursor: 0,
    scrollX: { source: 0, output: 0, vars: 0 },
    scrollMax: { source: 0, output: 0, vars: 0 },
    overlay: null,
    overlayIndex: 0,
    prompt: null,
    status: '',
    search: '',
    lines: new Set(),
    kinds: new Set(),
    procs: new Set(),
    playing: false,
    speed: 1,
    other: null,
    objectsBack: 0,
    eventMore: false,
  };
}
