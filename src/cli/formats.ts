/** `--format` values: name → renderer of a finished run. */
import { renderJson } from '../render/json.js';
import { renderMetrics } from '../render/metrics.js';
import { renderPerfetto } from '../render/perfetto.js';
import { renderTimeline } from '../render/timeline.js';
import { renderTrace } from '../render/trace.js';
import { renderTree } from '../render/tree.js';
import type { RunView } from '../render/view.js';

export const FORMATS = {
  output: { help: "the programs' stdout and stderr, as a terminal shows them (default)", render: null },
  trace: { help: 'one line per event: time, cpu, pid, transition, reason', render: (v: RunView) => renderTrace(v.trace) },
  timeline: { help: 'ASCII Gantt chart: a lane per CPU and per process', render: (v: RunView) => renderTimeline(v.state, v.trace) },
  tree: { help: 'the process tree: pids, names, exit statuses, reparenting', render: (v: RunView) => renderTree(v.state) },
  metrics: { help: 'turnaround, response, wait, CPU time per process, and totals', render: (v: RunView) => renderMetrics(v.state, v.trace) },
  json: { help: 'the whole run as versioned JSON (schema forkscope.run/2)', render: renderJson },
  perfetto: { help: 'Chrome trace-event JSON for ui.perfetto.dev', render: renderPerfetto },
} as const;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
