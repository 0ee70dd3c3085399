/**
 * The parsed form of a regular expression (what re/_parser.py builds), its flag
 * bits, and the width computation that decides whether a look-behind is legal.
 */
import type { Cat } from './chars.js';

/** The flag bits of re (re.I == 2, ...), as CPython numbers them. */
export const F = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

export const TYPE_FLAGS = F.ASCII | F.LOCALE | F.UNICODE;
export const GLOBAL_FLAGS = F.DEBUG | F.TEMPLATE;

/** _sre.MAXREPEAT: an unbounded repeat's maximum. */
export const MAXREPEAT = 4294967295;
/** _sre.MAXGROUPS on 64-bit builds. */
export const MAXGROUPS = 1073741823;
/** Bigger than any real width (re/_parser.py: MAXWIDTH). */
export const MAXWIDTH = 2 ** 64;

/** Zero-width positions: ^ $ \A \Z \b \B. */
export const enum At {
  Beginning,
  End,
  BeginningString,
  EndString,
  Boundary,
  NonBoundary,
}

/** A member of a character set; `negate` can only come first. */
export type SetItem =
  | { op: 'negate' }
  | { op: 'lit'; c: number }
  | { op: 'range'; lo: number; hi: number }
  | { op: 'cat'; cat: Cat };

export type Node =
  | { op: 'lit'; c: number }
  | { op: 'notlit'; c: number }
  | { op: 'any' }
  | { op: 'in'; items: SetItem[] }
  | { op: 'at'; at: At }
  /** A group: capturing (group set) and/or with scoped flags (?i:...). */
  | { op: 'sub'; group: number | null; add: number; del: number; body: Seq }
  | { op: 'branch'; alts: Seq[] }
  | { op: 'repeat'; kind: 'max' | 'min' | 'poss'; min: number; max: number; body: Seq }
  | { op: 'ref'; group: number }
  | { op: 'assert'; neg: boolean; behind: boolean; body: Seq }
  | { op: 'atomic'; body: Seq }
  | { op: 'refexists'; group: number; yes: Seq; no: Seq | null };

/** A sequence of nodes (re/_parser.py's SubPattern), with its width once computed. */
export class Seq {
  width: [number, number] | null = null;
  constructor(readonly items: Node[] = []) {}

  /** (min, max) code points this sequence can match; `groupWidths` for backreferences. */
  getWidth(groupWidths: ([number, number] | null)[]): [number, number] {
    if (this.width !== null) return this.width;
    let lo = 0;
    let hi = 0;
    for (const n of this.items) {
      const [a, b] = nodeWidth(n, groupWidths);
      lo += a;
      hi += b;
    }
    this.width = [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
    return this.width;
  }
}

function nodeWidth(n: Node, gw: ([number, number] | null)[]): [number, number] {
  switch (n.op) {
    case 'lit':
    case 'notlit':
    case 'any':
    case 'in':
      return [1, 1];
    case 'at':
      return [0, 0];
    case 'sub':
    case 'atomic':
      return n.body.getWidth(gw);
    case 'branch': {
      let lo = MAXWIDTH;
      let hi = 0;
      for (const a of n.alts) {
        const [l, h] = a.getWidth(gw);
        lo = Math.min(lo, l);
        hi = Math.max(hi, h);
      }
      return [lo, hi];
    }
    case 'repeat': {
      const [l, h] = n.body.getWidth(gw);
      return [l * n.min, n.max === MAXREPEAT && h ? MAXWIDTH : h * n.max];
    }
    case 'ref':
      return gw[n.group] ?? [0, 0];
    case 'refexists': {
      const [l, h] = n.yes.getWidth(gw);
      if (n.no === null) return [0, h];
      const [l2, h2] = n.no.getWidth(gw);
      return [Math.min(l, l2), Math.max(h, h2)];
    }
    case 'assert':
      return [0, 0];
    default: {
      const never: never = n;
      throw new Error(`internal: unknown regex node ${JSON.stringify(never)}`);
    }
  }
}

/** A parsed pattern: its tree, final flags, group count and names. */
export interface Parsed {
  seq: Seq;
  flags: number;
  /** Number of groups including group 0. */
  groups: number;
  groupIndex: Map<string, number>;
  /** (min, max) width of each group (index 0 unused), for look-behinds that refer to them. */
  groupWidths: ([number, number] | null)[];
}

/** re.error's fields: the message without position, and the position in code points. */
export class RegexError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {
    super(msg);
    this.name = 'RegexError';
  }
}
