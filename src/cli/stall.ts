/**
 * The report of a run the watchdog stopped: a program ran for a wall-clock limit
 * without returning to the kernel (a TypeScript scenario's code between two yields
 * cannot be preempted). It names the process and where its code was.
 *
 * A Python process knows its own line. For TypeScript the place is found by replaying
 * the run — it is deterministic — to the step before, then running the stuck step for a
 * moment under V8's sampling profiler, and mapping the hottest line of the scenario's
 * bundle back to its source.
 */
import { type Scenario, loadScenario } from '../scenario/load.js';
import type { RunOptions } from '../scenario/options.js';
import { boot } from '../scenario/simulate.js';
import type { Driven } from './drive.js';
import { watchdog } from './drive.js';

/** How long the stuck step is sampled to find where it loops. */
const SAMPLE_MS = 300;

/** `steps`: how many steps had begun when it stalled (0: while booting, in the main program's first run). */
export async function stallReport(scenario: Scenario, options: RunOptions, steps: number, s: Extract<Driven, { kind: 'stalled' }>, replay: string): Promise<string> {
  const secs = `${Math.round(s.ms / 100) / 10}s`;
  let line: string;
  if (s.where) {
    line = `forkscope: pid ${s.pid} ran ${secs} without returning to the kernel, at ${s.where}; the run was stopped there`;
  } else {
    const where = scenario.code ? await locate(scenario, options, steps).catch(() => null) : null;
    const who = s.pid >= 0 ? `pid ${s.pid}` : 'the main program, before its first syscall';
    line = `forkscope: ${scenario.lang === 'ts' ? 'scenario code' : 'a program'} ran ${secs} without ${scenario.lang === 'ts' ? 'yielding' : 'returning to the kernel'}${where ? ` at ${where}` : ''} (${who}); the run was stopped there`;
  }
  return `${line}\n  (a wall-clock watchdog for the host's safety: --watchdog sets its limit; the run's result never depends on it)\n  replay: ${replay}\n`;
}

/** Replays to the stuck step and samples it; the scenario's file:line:col where it spent its time. */
async function locate(original: Scenario, options: RunOptions, steps: number): Promise<string | null> {
  const { Session } = await import('node:inspector');
  const { setFlagsFromString } = await import('node:v8');
  // A fresh, interpreted copy of the scenario's code: optimised code would hide its lines.
  setFlagsFromString('--no-opt');
  setFlagsFromString('--no-maglev');
  setFlagsFromString('--no-sparkplug');
  const scenario = await loadScenario(original.file, 'watchdog');
  const code = scenario.code!;
  let k = null as ReturnType<typeof boot> | null;
  const start = (): void => {
    k = boot(scenario, options, { tracing: false, outputSink: { push: () => {} }, scheduleOnly: true });
  };
  if (steps > 0) {
    start();
    for (let i = 1; i < steps && k!.step(); i++);
  }
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object): T => {
    let result: T | undefined;
    session.post(method, params, (err, r) => {
      if (err) throw err;
      result = r as T;
    });
    return result!;
  };
  try {
    post('Profiler.enable');
    post('Profiler.setSamplingInterval', { interval: 100 });
    post('Profiler.start');
    try {
      watchdog(steps > 0 ? () => void k!.step() : start, SAMPLE_MS)();
    } catch {
      // the step is stuck: that is what is being sampled
    }
    const { profile } = post<{ profile: { nodes: { callFrame: { url: string }; positionTicks?: { line: number; ticks: number }[] }[] } }>('Profiler.stop');
    let best: { line: number; ticks: number } | null = null;
    for (const node of profile.nodes) {
      // Profiles name a script by a prefix of its URL.
      const url = node.callFrame.url;
      if (url.length < 40 || !code.url.startsWith(url)) continue;
      for (const p of node.positionTicks ?? []) if (!best || p.ticks > best.ticks) best = p;
    }
    return best ? code.locate(best.line, 0) : null;
  } finally {
    session.disconnect();
  }
}
