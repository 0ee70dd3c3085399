/** The progress line: on a terminal only, after the first second, redrawn in place, erased before other output. */
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import type { Sys } from '../../src/scenario/api.js';
import { machine } from '../helpers.js';

describe('progress', () => {
  const kernel = () => {
    const k = machine(function* (k: Sys) {
      for (let i = 0; i < 3; i++) yield* k.sleep('1ms');
    });
    k.run();
    return k;
  };

  it('shows virtual time, events, processes and events/s, from the first second on, every 250 ms', () => {
    let ms = 0;
    let text = '';
    const p = new Progress(kernel(), (t) => (text += t), true, () => ms);
    p.draw();
    expect(text).toBe('');
    ms = 1000;
    p.draw();
    expect(text).toMatch(/^\r\x1b\[Kforkscope: t=0\.003\d{3}s {2}(\d+) events {2}2 processes {2}\1 events\/s {2}\(Ctrl-C stops\)$/);
    const once = text;
    ms = 1100;
    p.draw();
    expect(text).toBe(once);
    p.clear();
    expect(text).toBe(`${once}\r\x1b[K`);
    p.clear();
    expect(text).toBe(`${once}\r\x1b[K`);
  });

  it('never shows when stderr is not a terminal', () => {
    let text = '';
    const p = new Progress(kernel(), (t) => (text += t), false, () => 60_000);
    p.draw();
    p.clear();
    expect(text).toBe('');
  });
});
