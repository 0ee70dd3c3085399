/** A pane: a title rule and a fixed number of pre-fitted lines (one <Text> per line: cheap to draw). */
import React from 'react';
import { Box, Text } from 'ink';
import { type Line, fit, fitLine } from '../text.js';

export interface PaneProps {
  title: string;
  focused?: boolean;
  width: number;
  height: number;
  lines: Line[];
}

export function LineText({ line }: { line: Line }): React.JSX.Element {
  return (
    <Text wrap="truncate">
      {line.map((s, i) => (
        <Text key={i} color={s.color} bold={s.bold} inverse={s.inverse} dimColor={s.dim}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

export const Pane = React.memo(function Pane({ title, focused, width, height, lines }: PaneProps): React.JSX.Element {
  const head = `${focused ? '▌' : '─'} ${title} `;
  const body = lines.slice(0, Math.max(0, height - 1));
  while (body.length < height - 1) body.push([]);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold={focused} color={focused ? 'cyan' : undefined} wrap="truncate">
        {fit(head + '─'.repeat(Math.max(0, width - head.length)), width)}
      </Text>
      {body.map((l, i) => (
        <LineText key={i} line={fitLine(l, width)} />
      ))}
    </Box>
  );
});
