/**
 * Renderers that draw a run while it happens. The kernel hands each trace event and
 * each write of the terminal to a writer as it happens; the writer passes text on at
 * once (trace, json, perfetto) or keeps a bounded summary and draws it when the run
 * ends (timeline, metrics, tree). Nothing keeps every event, so a run of any length
 * renders in bounded memory. Each `render*` function of a finished run is the same
 * writer fed from an array.
 */
import type { RunSettings } from '../kernel/kernel.js';
import type { TraceEvent, Write } from '../kernel/trace.js';
import type { RunView } from './view.js';

/** What is known of a run before its first step: enough for a header. */
export interface RunStart {
  scenario: string;
  settings: RunSettings;
  /** The command that reproduces the run. */
  replay: string;
}

/** Where a writer's text goes. */
export type Out = (text: string) => void;

export interface RunWriter {
  /** Whether it reads trace events (a run records none otherwise). */
  readonly tracing: boolean;
  start(run: RunStart): void;
  event(e: TraceEvent): void;
  write(w: Write): void;
  /** The run ended (or stopped part way): the rest of the text. */
  finish(v: RunView): void;
}

/** A writer that reads nothing while the run goes and draws the finished run. */
export function atEnd(draw: (v: RunView) => string, out: Out): RunWriter {
  return { tracing: false, start: () => {}, event: () => {}, write: () => {}, finish: (v) => out(draw(v)) };
}

/** Feeds a finished run held in memory (its trace and writes) to a writer; returns the text. */
export function renderWith(make: (out: Out) => RunWriter, v: RunView): string {
  let text = '';
  const w = make((t) => {
    text += t;
  });
  w.start({ scenario: v.scenario, settings: v.settings, replay: v.replay });
  for (const e of v.trace) w.event(e);
  for (const x of v.output) w.write(x);
  w.finish(v);
  return text;
}
