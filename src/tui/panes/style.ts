/** Process states as a letter and a colour (the letter tells them apart without colour), and per-process colours. */
import type { TaskTag } from '../../kernel/types.js';

export const STATE_STYLE: Record<TaskTag, { letter: string; color: string }> = {
  running: { letter: 'R', color: 'green' },
  ready: { letter: 'W', color: 'cyan' },
  interrupted: { letter: 'I', color: 'yellow' },
  blocked: { letter: 'B', color: 'red' },
  zombie: { letter: 'Z', color: 'magenta' },
  exited: { letter: 'X', color: 'gray' },
};

export const STATE_LEGEND = 'R running  W ready  I interrupted  B blocked  Z zombie  X exited';

const PALETTE = ['cyan', 'magenta', 'yellow', 'green', 'blue', 'red', 'white'];

/** A stable colour per process: by its rank among the processes that run programs. */
export const procColor = (rank: number): string => PALETTE[rank % PALETTE.length]!;
