/** Loads TypeScript programs that a scenario module exports (image data: {export, args}). */
import { panic } from '../kernel/ctx.js';
import type { AddressSpace, Loader } from '../kernel/program.js';
import type { Image } from '../kernel/syscalls.js';
import type { Json, Program } from './api.js';
import type { CodeMap } from './source-map.js';
import { TsSpace } from './ts-space.js';

/** `map`: where the module's code came from, to name file:line:col in errors (none for programs built in tests). */
export function tsLoader(exports: Record<string, unknown>, map: CodeMap | null = null): Loader {
  return (image: Image): AddressSpace => {
    const { export: name, args } = JSON.parse(image.data) as { export: string; args: Json[] };
    const program = exports[name];
    if (typeof program !== 'function') panic(`the scenario has no program export '${name}'`);
    return new TsSpace(program as Program, args, image.label, null, map);
  };
}
