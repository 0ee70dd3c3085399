/** The scenario picker (`forkscope step` with no file): the scenarios with their titles, filtered by typing, with a source preview. */
import React, { useState } from 'react';
import { Box, Text, render, useApp, useInput, useStdout } from 'ink';
import { fit } from './text.js';

export interface Entry {
  id: string;
  title: string;
  source: string;
}

function Picker({ entries, onPick }: { entries: Entry[]; onPick: (id: string | null) => void }): React.JSX.Element {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const cols = stdout.columns || 80;
  const rows = (stdout.rows || 24) - 1;
  const [filter, setFilter] = useState('');
  const [index, setIndex] = useState(0);
  const shown = entries.filter((e) => `${e.id} ${e.title}`.toLowerCase().includes(filter.toLowerCase()));
  const at = Math.min(index, Math.max(0, shown.length - 1));
  useInput((input, key) => {
    if (key.escape || (key.ctrl && input === 'c')) {
      onPick(null);
      exit();
    } else if (key.return) {
      onPick(shown[at]?.id ?? null);
      exit();
    } else if (key.upArrow) setIndex(Math.max(0, at - 1));
    else if (key.downArrow) setIndex(Math.min(shown.length - 1, at + 1));
    else if (key.backspace || key.delete) setFilter(filter.slice(0, -1));
    else if (input && !key.ctrl && !key.meta) {
      setFilter(filter + input);
      setIndex(0);
    }
  });
  const listH = Math.max(3, Math.floor((rows - 3) / 2));
  const first = Math.max(0, Math.min(at - Math.floor(listH / 2), shown.length - listH));
  const preview = (shown[at]?.source ?? '').split('\n').slice(0, rows - listH - 4);
  return (
    <Box flexDirection="column" height={rows}>
      <Text bold>forkscope step: pick a scenario (type to filter, ↑↓, Enter; Esc quits)</Text>
      <Text color="yellow">{fit(`filter: ${filter}`, cols)}</Text>
      {shown.slice(first, first + listH).map((e, i) => (
        <Text key={e.id} inverse={first + i === at} wrap="truncate">
          {fit(`${e.id.padEnd(40)} ${e.title}`, cols)}
        </Text>
      ))}
      <Text dimColor>{fit('─ source ', cols).replace(/ +$/, (m) => '─'.repeat(m.length))}</Text>
      {preview.map((l, i) => (
        <Text key={i} wrap="truncate">
          {fit(l, cols)}
        </Text>
      ))}
    </Box>
  );
}

export async function pick(entries: Entry[]): Promise<string | null> {
  let chosen: string | null = null;
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(<Picker entries={entries} onPick={(id) => (chosen = id)} />, { exitOnCtrlC: false, patchConsole: false });
    await app.waitUntilExit();
  } finally {
    process.stdout.write('\x1b[?1049l');
  }
  return chosen;
}
