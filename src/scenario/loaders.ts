/**
 * The loader a machine is built with: image kind → the frontend that builds its
 * address space. 'ts' programs come from a scenario module's exports, 'command'
 * from the virtual command table, 'python' from the Python frontend.
 */
import { panic } from '../kernel/ctx.js';
import type { AddressSpace, LoadContext, Loader } from '../kernel/program.js';
import type { Image } from '../kernel/syscalls.js';
import type { Json, Program } from './api.js';
import { TsSpace } from './ts-space.js';

export type Frontends = Record<string, Loader>;

export function composeLoader(frontends: Frontends): Loader {
  return (image: Image, ctx: LoadContext): AddressSpace => {
    const load = frontends[image.kind];
    if (!load) panic(`no frontend loads images of kind '${image.kind}'`);
    return load(image, ctx);
  };
}

/** Loads TypeScript programs that a scenario module exports (image data: {export, args}). */
export function tsLoader(exports: Record<string, unknown>): Loader {
  return (image: Image): AddressSpace => {
    const { export: name, args } = JSON.parse(image.data) as { export: string; args: Json[] };
    const program = exports[name];
    if (typeof program !== 'function') panic(`the scenario has no program export '${name}'`);
    return new TsSpace(program as Program, args, image.label);
  };
}
