/**
 * Progress of a long run on stderr, when stderr is a terminal (never when piped or
 * redirected): virtual time, events, processes, and events per wall-clock second, on
 * one line redrawn in place. It appears after the first second, so short runs never
 * show it, and is erased before the run's own output is written.
 */
import type { Kernel } from '../kernel/kernel.js';
import { formatClock } from '../kernel/time.js';
import { wallMs } from './drive.js';
import { grouped } from '../render/describe.js';

const FIRST_MS = 1000;
const EVERY_MS = 250;

export class Progress {
  private shown = false;
  private last = 0;
  private readonly started: number;

  constructor(
    private readonly kernel: Kernel,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    /** Wall-clock milliseconds (injected by tests). */
    private readonly now: () => number = wallMs,
  ) {
    this.started = now();
  }

  /** Erases the line if it is on screen (before other output). */
  clear(): void {
    if (!this.shown) return;
    this.write('\r\x1b[K');
    this.shown = false;
  }

  /** Redraws the line when it is time to. */
  draw(): void {
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.started < FIRST_MS || now - this.last < EVERY_MS) return;
    this.last = now;
    const k = this.kernel;
    const rate = k.events / ((now - this.started) / 1000);
    const line = `forkscope: t=${formatClock(k.state.clock)}s  ${grouped(k.events)} events  ${k.state.live} processes  ${rate >= 1e6 ? `${(rate / 1e6).toFixed(1)}M` : rate >= 1e4 ? `${Math.round(rate / 1e3)}k` : Math.round(rate)} events/s  (Ctrl-C stops)`;
    this.write(`\r\x1b[K${line}`);
    this.shown = true;
  }
}
