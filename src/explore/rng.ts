/**
 * The sampling strategies' random streams: sfc32 (Chris Doty-Humphrey's small fast
 * counter generator) seeded from a hash of the stream's name. One stream per run
 * (`seed/pct/7`), made at every run: cheaper to seed than seedrandom's alea, and as
 * deterministic.
 */
import { hash53 } from './hash.js';

export function stream(name: string): () => number {
  const h = hash53(name);
  let a = h >>> 0;
  let b = Math.floor(h / 0x100000000) >>> 0;
  let c = hash53(name, 1) >>> 0;
  let d = 1;
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // let the seed mix in
  return next;
}
