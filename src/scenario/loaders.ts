/** Loads TypeScript programs that a scenario module exports (image data: {export, args}). */
import { panic } from '../kernel/ctx.js';
import type { AddressSpace, Loader } from '../kernel/program.js';
import type { Image } from '../kernel/syscalls.js';
import type { Json, Program } from './api.js';
import { TsSpace } from './ts-space.js';

export function tsLoader(exports: Record<string, unknown>): Loader {
  return (image: Image): AddressSpace => {
    const { export: name, args } = JSON.parse(image.data) as { export: string; args: Json[] };
    const program = exports[name];
    if (typeof program !== 'function') panic(`the scenario has no program export '${name}'`);
    return new TsSpace(program as Program, args, image.label);
  };
}
