/** Running small TypeScript programs on a fresh kernel, for tests. */
import { Kernel, type KernelOptions } from '../src/kernel/kernel.js';
import { composeLoader } from '../src/kernel/program.js';
import { terminalText } from '../src/render/output.js';
import type { Program } from '../src/scenario/api.js';
import { commandLoader } from '../src/scenario/commands.js';
import { tsLoader } from '../src/scenario/loaders.js';

export function machine(main: Program, opts: Partial<Omit<KernelOptions, 'loader' | 'main'>> = {}, exports: Record<string, Program> = {}): Kernel {
  const loader = composeLoader({ ts: tsLoader({ default: main, ...exports }), command: commandLoader });
  return new Kernel({ loader, main: { kind: 'ts', label: 'test', data: JSON.stringify({ export: 'default', args: [] }) }, ...opts });
}

/** Runs to the end; returns the kernel. */
/** Params with the seeded timing variation off (kernel/variation.ts): tests of exact mechanics at the cost model's times. */
export const NOMINAL = { paceSpread: 0, startSpread: 0, wakeLatency: 0 } as const;

export function run(main: Program, opts: Partial<Omit<KernelOptions, 'loader' | 'main'>> = {}, exports: Record<string, Program> = {}): Kernel {
  const k = machine(main, opts, exports);
  k.run();
  return k;
}

export const out = (k: Kernel): string => terminalText(k.output);
export const lines = (k: Kernel): string[] => out(k).trimEnd().split('\n');
