/**
 * `--format json`: the whole run as one versioned document. Schema `forkscope.run/2`:
 *   schema, scenario, settings (as run, defaults filled in), replay (the command), schedule,
 *   end (RunEnd), clock, events (the typed trace events of src/kernel/trace.ts), outputs
 *   (writes), processes (final table), metrics. Version 2 made events typed data (block
 *   reasons, wake reasons, exits, syscalls and ends as objects instead of text).
 * Fields are only ever added within a schema version.
 */
import { metrics } from './metrics.js';
import { waitstatusToExitcode } from '../kernel/syscalls.js';
import type { RunView } from './view.js';
import { allProcs, taskAt } from '../kernel/state.js';

export const JSON_SCHEMA = 'forkscope.run/2';

export function runDocument(v: RunView): Record<string, unknown> {
  const s = v.state;
  return {
    schema: JSON_SCHEMA,
    scenario: v.scenario,
    settings: v.settings,
    replay: v.replay,
    schedule: v.schedule,
    end: s.end,
    clock: s.clock,
    events: v.trace,
    outputs: v.output,
    processes: allProcs(s).map((p) => ({
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
    })),
    metrics: metrics(s, v.trace),
  };
}

export function renderJson(v: RunView): string {
  return `${JSON.stringify(runDocument(v), null, 1)}\n`;
}
