/**
 * A compiled character set ([...], \d, case-folded literals): sorted code-point
 * ranges plus categories, built the way re/_compiler.py builds its charmap, so
 * IGNORECASE sets match exactly what CPython's do (including its treatment of
 * characters outside the BMP).
 */
import { type Cat, EXTRA_CASES, catTest, isCased, lower, upper } from './chars.js';
import type { SetItem } from './syntax.js';

export class CharSet {
  /** Answers for code points below 128, precomputed. */
  private readonly low = new Uint8Array(128);

  constructor(
    readonly negate: boolean,
    /** Sorted, disjoint, inclusive [lo, hi] pairs (flat). */
    readonly ranges: Int32Array,
    readonly cats: Cat[],
    /** Ranges outside the BMP under IGNORECASE: tested against c and upper(c). */
    readonly uniRanges: Int32Array,
    /** Whether the subject character is lowercased before testing (sre's IN_UNI_IGNORE). */
    readonly fold: boolean,
    readonly ascii: boolean,
  ) {
    for (let c = 0; c < 128; c++) this.low[c] = this.slowTest(c) ? 1 : 0;
  }

  test(cp: number): boolean {
    return cp < 128 ? this.low[cp] === 1 : this.slowTest(cp);
  }

  private slowTest(cp: number): boolean {
    const c = this.fold ? lower(cp, this.ascii) : cp;
    let ok = inRanges(this.ranges, c);
    for (let i = 0; !ok && i < this.cats.length; i++) ok = catTest(this.cats[i]!, c, this.ascii);
    for (let i = 0; !ok && i < this.uniRanges.length; i += 2) {
      const lo = this.uniRanges[i]!;
      const hi = this.uniRanges[i + 1]!;
      const u = upper(c, this.ascii);
      ok = (lo <= c && c <= hi) || (lo <= u && u <= hi);
    }
    return ok !== this.negate;
  }
}

function inRanges(r: Int32Array, c: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < r[2 * mid]!) hi = mid - 1;
    else if (c > r[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Builds a set from parsed members. Without IGNORECASE members are taken as
 * written; with it, BMP members are lowercased (plus their extra case partners)
 * and the subject is lowercased before the test when any member is cased.
 */
export function buildSet(items: SetItem[], ignoreCase: boolean, ascii: boolean): CharSet {
  let negate = false;
  const pairs: [number, number][] = [];
  const cats: Cat[] = [];
  const uni: number[] = [];
  let hascased = false;
  const addFolded = (c: number): void => {
    const lo = lower(c, ascii);
    pairs.push([lo, lo]);
    if (!ascii) for (const k of EXTRA_CASES.get(lo) ?? []) pairs.push([k, k]);
  };
  for (const it of items) {
    switch (it.op) {
      case 'negate':
        negate = true;
        break;
      case 'lit':
        if (!ignoreCase) pairs.push([it.c, it.c]);
        else if (it.c > 0xffff) {
          // re/_compiler.py keeps a non-BMP literal as written (its charmap stops at the BMP).
          pairs.push([it.c, it.c]);
          hascased = true;
        } else {
          addFolded(it.c);
          if (!hascased && isCased(it.c, ascii)) hascased = true;
        }
        break;
      case 'range':
        if (!ignoreCase) pairs.push([it.lo, it.hi]);
        else {
          const top = Math.min(it.hi, 0xffff);
          for (let c = it.lo; c <= top; c++) {
            addFolded(c);
            if (!hascased && isCased(c, ascii)) hascased = true;
          }
          if (it.hi > 0xffff) {
            uni.push(it.lo, it.hi);
            hascased = true;
          }
        }
        break;
      case 'cat':
        cats.push(it.cat);
        break;
      default: {
        const never: never = it;
        throw new Error(`internal: unknown set member ${JSON.stringify(never)}`);
      }
    }
  }
  const ranges = mergeRanges(pairs);
  return new CharSet(negate, ranges, cats, Int32Array.from(uni), ignoreCase && hascased, ascii);
}

/** Inclusive [lo, hi] pairs → sorted, disjoint, flat ranges. */
function mergeRanges(pairs: [number, number][]): Int32Array {
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return Int32Array.from(out);
}
