#!/usr/bin/env node
/**
 * The import graph between src/'s top-level folders, checked against the layers of
 * DESIGN.md: data flows one way, cli → (tui, explore) → scenario → (python, render) →
 * kernel. A folder may import only folders of a lower layer (type-only imports
 * included: a type is a dependency too). Prints the graph; exits 1 on a violation.
 *
 *   node tools/layers.mjs [src]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Layer of each top-level folder (higher imports lower; equal layers are independent). */
export const LAYERS = { kernel: 0, python: 1, render: 1, scenario: 2, explore: 3, tui: 3, cli: 4, '(root)': 5 };

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const top = (src, file) => {
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0] : '(root)';
};

/** Folder → folder → the first import that makes the edge (file and specifier). */
export function folderGraph(src) {
  const graph = new Map();
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(src)) continue;
      const a = top(src, file);
      const b = top(src, target);
      if (a === b) continue;
      if (!graph.has(a)) graph.set(a, new Map());
      if (!graph.get(a).has(b)) graph.get(a).set(b, `${relative(src, file)} imports ${spec}`);
    }
  }
  return graph;
}

/** Every edge that goes up or sideways, and every folder the layer table does not know. */
export function violations(graph) {
  const out = [];
  for (const [a, edges] of graph) {
    for (const [b, why] of edges) {
      if (!(a in LAYERS)) out.push(`${a}: a folder the layer table does not know (${why})`);
      else if (!(b in LAYERS)) out.push(`${b}: a folder the layer table does not know (${why})`);
      else if (LAYERS[b] >= LAYERS[a]) out.push(`${a} → ${b} goes ${LAYERS[b] === LAYERS[a] ? 'sideways' : 'up'}: ${why}`);
    }
  }
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = normalize(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'src'));
  const graph = folderGraph(src);
  for (const a of [...graph.keys()].sort((x, y) => (LAYERS[y] ?? 9) - (LAYERS[x] ?? 9) || x.localeCompare(y))) {
    console.log(`${a.padEnd(9)} → ${[...graph.get(a).keys()].sort().join(', ')}`);
  }
  const bad = violations(graph);
  for (const v of bad) console.error(`layer violation: ${v}`);
  process.exit(bad.length > 0 ? 1 : 0);
}
