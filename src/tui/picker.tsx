/** The scenario picker (`forkscope step` with no file): the scenarios with their titles, filtered by typing, with a source preview. */
import React, { useEffect, useRef, useState } from 'react';
import { Box, Text, render, useApp, useInput, useStdout } from 'ink';
import { fit } from './text.js';

export interface Entry {
  id: string;
  title: string;
  source: string;
}

/** What the picker ended with: a scenario, or none (Esc; Ctrl-C also interrupts). */
export interface Picked {
  id: string | null;
  interrupted: boolean;
}

/** One row of the picker's screen; `selected` is drawn inverse (the `>` in front says it without colour). */
export interface PickerRow {
  text: string;
  bold?: boolean;
  dim?: boolean;
  yellow?: boolean;
  selected?: boolean;
}

/** The entries whose id or title contains the filter (any case). */
export function matching(entries: readonly Entry[], filter: string): Entry[] {
  const f = filter.toLowerCase();
  return entries.filter((e) => `${e.id} ${e.title}`.toLowerCase().includes(f));
}

/**
 * The picker's rows for a filter and the selected index among the matches: the title,
 * the filter with how many match (and which are shown when they do not all fit), the
 * list, then the selected scenario's source under a rule naming it. Pure (tests read it).
 */
export function pickerRows(entries: readonly Entry[], filter: string, index: number, cols: number, rows: number): PickerRow[] {
  const shown = matching(entries, filter);
  const at = Math.min(index, Math.max(0, shown.length - 1));
  const listH = Math.max(3, Math.floor((rows - 3) / 2));
  const first = Math.max(0, Math.min(at - Math.floor(listH / 2), shown.length - listH));
  const count =
    shown.length === 0
      ? 'nothing matches (Backspace)'
      : `${shown.length === entries.length ? `${shown.length} scenarios` : `${shown.length} of ${entries.length} match`}${shown.length > listH ? `, ${first + 1}-${Math.min(shown.length, first + listH)} shown` : ''}`;
  const out: PickerRow[] = [
    { text: fit('forkscope step: pick a scenario (type to filter, ↑↓ PgUp PgDn, Enter; Esc quits)', cols), bold: true },
    { text: fit(`filter: ${filter}   (${count})`, cols), yellow: true },
  ];
  shown.slice(first, first + listH).forEach((e, i) => {
    const selected = first + i === at;
    out.push({ text: fit(`${selected ? '>' : ' '} ${e.id.padEnd(40)} ${e.title}`, cols), selected });
  });
  const sel = shown[at];
  out.push({ text: fit(`─ ${sel ? sel.id : 'source'} ${'─'.repeat(cols)}`, cols), dim: true });
  for (const l of (sel?.source ?? '').split('\n').slice(0, Math.max(0, rows - out.length))) out.push({ text: fit(l, cols) });
  return out;
}

export function Picker({ entries, onPick }: { entries: Entry[]; onPick: (p: Picked) => void }): React.JSX.Element {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const cols = stdout.columns || 80;
  const rows = (stdout.rows || 24) - 1;
  // Keys can arrive faster than frames (typed fast, pasted): each one reads the state the one before left.
  const st = useRef({ filter: '', index: 0 }).current;
  const [, setVersion] = useState(0);
  useEffect(() => {
    // A resized terminal keeps (or reflows) the old frame: clear it and lay the list out for the new size.
    const on = (): void => {
      stdout.write('\x1b[2J\x1b[H');
      setVersion((v) => v + 1);
    };
    stdout.on('resize', on);
    return () => {
      stdout.off('resize', on);
    };
  }, [stdout]);
  const page = Math.max(3, Math.floor((rows - 3) / 2));
  useInput((input, key) => {
    const shown = matching(entries, st.filter);
    const at = Math.min(st.index, Math.max(0, shown.length - 1));
    if (key.escape || (key.ctrl && input === 'c')) {
      onPick({ id: null, interrupted: !key.escape });
      exit();
      return;
    } else if (key.return) {
      // Nothing matches: Enter picks nothing (the row says so); Backspace or Esc go on.
      if (shown[at] === undefined) return;
      onPick({ id: shown[at].id, interrupted: false });
      exit();
      return;
    } else if (key.upArrow) st.index = Math.max(0, at - 1);
    else if (key.downArrow) st.index = Math.max(0, Math.min(shown.length - 1, at + 1));
    else if (key.pageUp) st.index = Math.max(0, at - page);
    else if (key.pageDown) st.index = Math.max(0, Math.min(shown.length - 1, at + page));
    else if (key.backspace || key.delete) st.filter = st.filter.slice(0, -1);
    else if (input && !key.ctrl && !key.meta) {
      st.filter += input;
      st.index = 0;
    } else return;
    setVersion((v) => v + 1);
  });
  const at = Math.min(st.index, Math.max(0, matching(entries, st.filter).length - 1));
  return (
    <Box flexDirection="column" height={rows}>
      {pickerRows(entries, st.filter, at, cols, rows).map((r, i) => (
        <Text key={i} wrap="truncate" bold={r.bold} dimColor={r.dim} color={r.yellow ? 'yellow' : undefined} inverse={r.selected}>
          {r.text}
        </Text>
      ))}
    </Box>
  );
}

export async function pick(entries: Entry[]): Promise<Picked> {
  let chosen: Picked = { id: null, interrupted: false };
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(<Picker entries={entries} onPick={(p) => (chosen = p)} />, { exitOnCtrlC: false, patchConsole: false });
    await app.waitUntilExit();
  } finally {
    process.stdout.write('\x1b[?1049l');
  }
  return chosen;
}
