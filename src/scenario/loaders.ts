/** Loads TypeScript programs that a scenario module exports (image data: {export, args}). */
import { panic } from '../kernel/ctx.js';
import type { AddressSpace, Loader } from '../kernel/program.js';
import type { Image } from '../kernel/syscalls.js';
import type { Json, Program } from './api.js';
import type { CodeMap } from './source-map.js';
import { TsSpace } from './ts-space.js';

/** `map`: where the module's code came from, to name file:line:col in errors (none for programs built in tests). */
export function tsLoader(exports: Record<string, unknown>, map: CodeMap | null = null): Loader {
  // An image's data read once (an explorer boots its main image for every run); arguments that hold objects are read afresh, so no run sees another's changes to them.
  const read = new WeakMap<Image, { export: string; args: Json[] } | null>();
  return (image: Image): AddressSpace => {
    let data = read.get(image);
    if (data === undefined) {
      const parsed = JSON.parse(image.data) as { export: string; args: Json[] };
      data = parsed.args.every((a) => a === null || typeof a !== 'object') ? parsed : null;
      read.set(image, data);
    }
    const { export: name, args } = data ?? (JSON.parse(image.data) as { export: string; args: Json[] });
    const program = exports[name];
    if (typeof program !== 'function') panic(`the scenario has no program export '${name}'`);
    return new TsSpace(program as Program, args, image.label, null, map);
  };
}
