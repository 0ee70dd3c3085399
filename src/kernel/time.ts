/** Virtual time: integer nanoseconds, and the duration syntax the CLI and headers use. */
import type { Ns } from './types.js';

export const NS = 1;
export const US = 1_000;
export const MS = 1_000_000;
export const S = 1_000_000_000;

const UNITS: Record<string, number> = { ns: NS, us: US, µs: US, ms: MS, s: S, m: 60 * S };

/** Parses '10ms', '1.5s', '250us', '42' (ns). Returns null when it is not a duration. */
export function parseDuration(text: string): Ns | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s|m)?\s*$/.exec(text);
  if (!m) return null;
  const value = Number(m[1]) * UNITS[m[2] ?? 'ns']!;
  return Number.isFinite(value) ? Math.round(value) : null;
}

/** A duration for people: the largest unit that keeps it readable ('1.5ms', '2s', '350ns'). */
export function formatDuration(ns: Ns): string {
  const abs = Math.abs(ns);
  if (abs >= S) return `${trim(ns / S)}s`;
  if (abs >= MS) return `${trim(ns / MS)}ms`;
  if (abs >= US) return `${trim(ns / US)}us`;
  return `${ns}ns`;
}

/**
 * A duration written exactly, in the largest unit that needs at most three decimals
 * ('1.5ms', '1234.567us', '60s'): what replay commands print, so that parsing it gives
 * back the same nanoseconds.
 */
export function exactDuration(ns: Ns): string {
  for (const [unit, size] of [['s', S], ['ms', MS], ['us', US]] as const) {
    if (Math.abs(ns) >= size && (ns * 1000) % size === 0) return `${trim(ns / size)}${unit}`;
  }
  return `${ns}ns`;
}

function trim(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** Fixed-width seconds with 6 decimals (µs resolution), the trace's time column. */
export function formatClock(ns: Ns): string {
  const s = Math.floor(ns / S);
  const frac = Math.floor((ns % S) / US);
  return `${s}.${String(frac).padStart(6, '0')}`;
}
