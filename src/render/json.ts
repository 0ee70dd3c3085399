/**
 * `--format json`: the run as JSON Lines, written while it happens — one JSON value per
 * line, so a run of any length streams in bounded memory and a reader can process it
 * line by line (`jq -c`, `JSON.parse` per line). Schema `forkscope.run/3`:
 *
 *   line 1     the header: {"schema": "forkscope.run/3", "scenario", "settings" (as run,
 *              defaults filled in), "replay" (the command)}
 *   then       one line per trace event, in order: the typed events of
 *              src/kernel/trace.ts ({"t", "cpu", "pid", "tid", "kind", ...}); the
 *              programs' output is in the events of kind "write" (fd, text)
 *   last line  the footer: {"footer": true, "end" (RunEnd), "clock", "schedule",
 *              "events" (how many), "processes" (the final table), "metrics"}
 *
 * Version 3 replaced version 2's single document (with `events` and `outputs` arrays)
 * by these lines. Fields are only ever added within a schema version.
 */
import { MetricsSummary, type RunMetrics } from './metrics.js';
import { waitstatusToExitcode } from '../kernel/syscalls.js';
import type { RunSettings } from '../kernel/kernel.js';
import type { RunEnd } from '../kernel/types.js';
import type { TraceEvent } from '../kernel/trace.js';
import type { RunView } from './view.js';
import { type Out, type RunStart, type RunWriter, renderWith } from './writer.js';
import { allProcs, taskAt } from '../kernel/state.js';

export const JSON_SCHEMA = 'forkscope.run/3';

export interface RunHeader {
  schema: string;
  scenario: string;
  settings: RunSettings;
  replay: string;
}

export interface RunFooter {
  footer: true;
  end: RunEnd | null;
  clock: number;
  schedule: string;
  events: number;
  processes: Record<string, unknown>[];
  metrics: RunMetrics;
}

/** The processes of the final table as the footer lists them. */
function processes(v: RunView): Record<string, unknown>[] {
  const s = v.state;
  return allProcs(s).map((p) => ({
    pid: p.pid,
    ppid: p.ppid,
    origPpid: p.origPpid,
    name: p.name,
    image: p.image,
    origin: p.origin,
    status: p.status,
    exitcode: p.status === 'alive' ? null : waitstatusToExitcode(p.wstatus),
    created: p.created,
    ended: p.ended < 0 ? null : p.ended,
    tasks: p.tasks.map((tid) => {
      const t = taskAt(s, tid);
      return { tid, state: t.state, loc: t.loc, nice: t.nice };
    }),
  }));
}

/** The JSON Lines of a run, written as it happens. */
export function jsonWriter(out: Out): RunWriter {
  const metrics = new MetricsSummary();
  let events = 0;
  return {
    tracing: true,
    start(run: RunStart) {
      const header: RunHeader = { schema: JSON_SCHEMA, scenario: run.scenario, settings: run.settings, replay: run.replay };
      out(`${JSON.stringify(header)}\n`);
    },
    event(e) {
      events++;
      metrics.event(e);
      out(`${JSON.stringify(e)}\n`);
    },
    write() {},
    finish(v) {
      const footer: RunFooter = { footer: true, end: v.state.end, clock: v.state.clock, schedule: v.schedule, events, processes: processes(v), metrics: metrics.finish(v.state) };
      out(`${JSON.stringify(footer)}\n`);
    },
  };
}

export function renderJson(v: RunView): string {
  return renderWith(jsonWriter, v);
}

/** A `forkscope.run/3` text read back: its header, events and footer. */
export function parseRunJson(text: string): { header: RunHeader; events: TraceEvent[]; footer: RunFooter } {
  const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const header = lines[0] as unknown as RunHeader;
  if (header?.schema !== JSON_SCHEMA) throw new Error(`not a ${JSON_SCHEMA} document`);
  const footer = lines[lines.length - 1] as unknown as RunFooter;
  if (footer?.footer !== true) throw new Error('the document has no footer line: the run was cut short');
  return { header, events: lines.slice(1, -1) as unknown as TraceEvent[], footer };
}
