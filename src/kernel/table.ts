/**
 * Chunked tables: an append-only array of records stored as chunks of 32, so that
 * changing one record under immer copies its chunk (32 slots) and the chunk list,
 * not a table of thousands. Index i lives at chunks[i >> 5][i & 31].
 */
export type Table<T> = T[][];

const SHIFT = 5;
const MASK = (1 << SHIFT) - 1;

export function tableGet<T>(t: Table<T>, i: number): T | undefined {
  return t[i >> SHIFT]?.[i & MASK];
}

export function tablePush<T>(t: Table<T>, value: T, index: number): void {
  const c = index >> SHIFT;
  if (c === t.length) t.push([]);
  t[c]!.push(value);
}

/** Every record in index order (for reading: renderers, reports). */
export function tableAll<T>(t: Table<T>): T[] {
  const out: T[] = [];
  for (const chunk of t) for (const v of chunk) out.push(v);
  return out;
}
