/** The scenario picker (`forkscope step` with no FILE): filter by typing, the selection visible without colour, a preview. */
import { beforeAll, describe, expect, it } from 'vitest';
import React from 'react';
import { scenarioEntries } from '../../src/cli/pick.js';
import { type Picked, pickerRows } from '../../src/tui/picker.js';
import { width } from '../../src/tui/text.js';
import { type InkEvents, inkEvents } from './ink-events.js';

process.env.NO_COLOR = '1';
process.env.FORCE_COLOR = '0';

let render: typeof import('ink-testing-library').render;
let Picker: typeof import('../../src/tui/picker.js').Picker;
beforeAll(async () => {
  ({ render } = await import('ink-testing-library'));
  ({ Picker } = await import('../../src/tui/picker.js'));
});

/**
 * One poll (1 ms), for the pause that sees that nothing happens (Enter picking nothing).
 * Waits for something end on the picker's frames or its pick instead (ink-events.ts).
 */
const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

async function open() {
  const picked: Picked[] = [];
  let events: InkEvents | null = null;
  const onPick = (p: Picked): void => {
    picked.push(p);
    events?.poke();
  };
  const app = render(React.createElement(Picker, { entries: scenarioEntries(), onPick }));
  events = inkEvents(app);
  await events.listening();
  // A key redraws the picker, or picks (Enter, Esc): wait for either.
  const type = async (keys: string): Promise<string> => {
    const n = app.frames.length;
    app.stdin.write(keys);
    return events.wait(`the picker after ${JSON.stringify(keys)}`, () => app.frames.length > n || picked.length > 0);
  };
  return { app, picked, type };
}

describe('the scenario picker', () => {
  it('filters by typing, marks the selection with > (NO_COLOR), and previews the selected source under its name', async () => {
    const { app, picked, type } = await open();
    const all = scenarioEntries().length;
    expect(app.lastFrame()).toContain(`(${all} scenarios, 1-`);
    let f = '';
    for (const ch of 'no-guard') f = await type(ch);
    expect(f).toMatch(/filter: no-guard {3}\(\d+ of \d+ match\)/);
    const listed = f.split('\n').filter((l) => /^[> ] docs\//.test(l));
    expect(listed.length).toBeGreaterThan(1);
    for (const l of listed) expect(l).toContain('no-guard');
    expect(listed[0]).toMatch(/^> /);
    f = await type('\u001B[B'); // down
    const second = f.split('\n').find((l) => l.startsWith('> '))!;
    expect(second.trim()).toBe(listed[1]!.replace(/^ /, '>').trim());
    const id = second.slice(2).split(' ')[0]!;
    expect(f).toContain(`─ ${id} ─`);
    expect(f).toContain('# forkscope:');
    await type('\r');
    expect(picked).toEqual([{ id, interrupted: false }]);
    app.unmount();
  });

  it('says when nothing matches, and Enter then picks nothing (Backspace goes on)', async () => {
    const { app, picked, type } = await open();
    let f = '';
    for (const ch of 'zzzq') f = await type(ch);
    expect(f).toContain('(nothing matches (Backspace))');
    app.stdin.write('\r');
    for (let i = 0; i < 150; i++) await tick();
    expect(picked).toEqual([]);
    for (let i = 0; i < 4; i++) f = await type('\u007F');
    expect(f).toMatch(/filter: {4}\(\d+ scenarios/);
    await type('\u001B');
    expect(picked).toEqual([{ id: null, interrupted: false }]);
    app.unmount();
  });

  it('fits 80×24 and pages with PgDn', () => {
    const entries = scenarioEntries();
    const rows = pickerRows(entries, '', 0, 80, 23);
    expect(rows.length).toBeLessThanOrEqual(23);
    for (const r of rows) expect(width(r.text)).toBeLessThanOrEqual(80);
    const paged = pickerRows(entries, '', 10, 80, 23);
    expect(paged.find((r) => r.selected)?.text).toContain(entries[10]!.id);
    expect(paged[1]!.text).toMatch(/\(\d+ scenarios, \d+-\d+ shown\)/);
  });
});
