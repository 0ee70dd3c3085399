/**
 * A scenario made from a TypeScript program given in code (the library's `explore` and
 * `simulate` take a generator function directly): no file, the program's own options.
 */
import type { Program } from './api.js';
import { type Scenario, makeScenario } from './load.js';
import { tsLoader } from './loaders.js';
import type { RunOptions } from './options.js';

export interface ProgramMeta {
  /** How reports name it (default: the function's name, else 'program'). */
  id?: string;
  title?: string;
  /** Its default run options. */
  options?: RunOptions;
  /** Other programs it starts with k.spawn / k.thread (by their function names). */
  programs?: Record<string, Program>;
}

export function programScenario(main: Program, meta: ProgramMeta = {}): Scenario {
  const id = meta.id ?? (main.name || 'program');
  return makeScenario({
    id,
    file: `<program ${id}>`,
    lang: 'ts',
    title: meta.title ?? id,
    about: '',
    options: meta.options ?? {},
    variants: {},
    stdin: '',
    files: {},
    main: { kind: 'ts', label: id, data: JSON.stringify({ export: 'default', args: [] }) },
    source: [main, ...Object.values(meta.programs ?? {})].map(String).join('\n'),
    frontends: { ts: tsLoader({ ...meta.programs, default: main }) },
  });
}
