/** `--format` values: name → a writer that draws the run as it happens (src/render/writer.ts). */
import { jsonWriter } from '../render/json.js';
import { metricsWriter } from '../render/metrics.js';
import { outputWriter } from '../render/output.js';
import { perfettoWriter } from '../render/perfetto.js';
import { timelineWriter } from '../render/timeline.js';
import { traceWriter } from '../render/trace.js';
import { renderTree } from '../render/tree.js';
import { type RunWriter, atEnd } from '../render/writer.js';
import type { Io } from './io.js';

export const FORMATS: Record<string, { help: string; writer: (io: Io) => RunWriter }> = {
  output: { help: "the programs' stdout and stderr as they write them, as a terminal shows them (default)", writer: (io) => outputWriter(io.stdout, io.stderr) },
  trace: { help: 'one line per event: time, cpu, pid, transition, reason', writer: (io) => traceWriter(io.stdout) },
  timeline: { help: 'ASCII Gantt chart: a lane per CPU and per process (at most 200)', writer: (io) => timelineWriter(io.stdout) },
  tree: { help: 'the process tree: pids, names, exit statuses, reparenting', writer: (io) => atEnd((v) => renderTree(v.state), io.stdout) },
  metrics: { help: 'turnaround, response, wait, CPU time per process, and totals', writer: (io) => metricsWriter(io.stdout) },
  json: { help: 'JSON Lines (schema forkscope.run/3): a header, one line per event, a footer with the end, processes and metrics', writer: (io) => jsonWriter(io.stdout) },
  perfetto: { help: 'Chrome trace-event JSON for ui.perfetto.dev', writer: (io) => perfettoWriter(io.stdout) },
};

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
