/** The folders of src/ import one way only (DESIGN.md's layers); tools/layers.mjs is the check CI runs. */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain ES module of the tools folder, without type declarations
import { LAYERS, folderGraph, violations } from '../tools/layers.mjs';

type Graph = Map<string, Map<string, string>>;
const check = violations as (g: Graph) => string[];

describe('layers', () => {
  it('src/ has no import that goes up or sideways between its folders', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    expect(check((folderGraph as (s: string) => Graph)(src))).toEqual([]);
  });

  it('reports a cycle, a sideways import and an unknown folder', () => {
    const g: Graph = new Map([
      ['kernel', new Map([['render', 'kernel/x.ts imports ../render/y.js']])],
      ['render', new Map([['kernel', 'render/y.ts imports ../kernel/x.js'], ['python', 'render/z.ts imports ../python/w.js']])],
      ['gui', new Map([['kernel', 'gui/a.ts imports ../kernel/x.js']])],
    ]);
    expect(check(g)).toEqual([
      'gui: a folder the layer table does not know (gui/a.ts imports ../kernel/x.js)',
      'kernel → render goes up: kernel/x.ts imports ../render/y.js',
      'render → python goes sideways: render/z.ts imports ../python/w.js',
    ]);
    expect((LAYERS as Record<string, number>).kernel).toBe(0);
  });
});
