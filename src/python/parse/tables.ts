/**
 * lezer's parse-table lookups, remembered.
 *
 * For every token, @lezer/lr's `TokenCache.addActions` walks the parse state's whole
 * action list (and its skip list) to find the entries for that token, and at every
 * reduction `LRParser.getGoto` walks the goto list of the reduced term. Python's lists
 * are long, so a parse of even a 15-line program runs those loops thousands of times:
 * enough for V8 to optimise both functions, which took TurboFan 15–50 ms on its
 * background threads at every `forkscope run` (more than the whole parse). What they
 * find depends only on the parse tables and their arguments, so it is found once per
 * argument and then looked up:
 *  - addActions replays the entries it found: the same `putAction` calls, with the
 *    same arguments, in the same order, and a state's default action (`Seq.Other`)
 *    taken under the same condition (no action added before it in this call);
 *  - getGoto returns the target it found.
 * The tree is the one lezer builds (test/python/unit/parse-tables.test.ts compares
 * them on every Python file of the repository).
 */
import { parser } from '@lezer/python';

/** The parts of lezer's TokenCache, Stack and LRParser this relies on (@lezer/lr 1.4). */
interface TokenCacheInternals {
  putAction(action: number, token: number, end: number, index: number): number;
  addActions(stack: StackInternals, token: number, end: number, index: number): number;
}
interface StackInternals {
  state: number;
  p: { parser: ParserInternals };
}
interface ParserInternals {
  data: Uint16Array;
  goto: Uint16Array;
  stateSlot(state: number, slot: number): number;
  getGoto(state: number, term: number, loose?: boolean): number;
}

/** @lezer/lr's encoding of action lists (its `Seq` and `ParseState` constants). */
const SEQ_END = 0xffff;
const SEQ_NEXT = 1;
const SEQ_OTHER = 2;
const SLOT_ACTIONS = 1;
const SLOT_SKIP = 2;

const pair = (data: Uint16Array, off: number): number => data[off]! | (data[off + 1]! << 16);

/** Per table (a parser's `data` or `goto` array), what was found, by a key made of the arguments. */
const found = new WeakMap<Uint16Array, Map<number, number[] | number>>();

function tableFor(table: Uint16Array): Map<number, number[] | number> {
  let map = found.get(table);
  if (map === undefined) found.set(table, (map = new Map()));
  return map;
}

/** The entries addActions meets for `token` in `state`, in its order (its loop, recording instead of adding): action, then 1 for a default (Seq.Other) or 0. */
function scanActions(p: ParserInternals, state: number, token: number): number[] {
  const { data } = p;
  const out: number[] = [];
  for (let set = 0; set < 2; set++) {
    for (let i = p.stateSlot(state, set ? SLOT_SKIP : SLOT_ACTIONS); ; i += 3) {
      if (data[i] === SEQ_END) {
        if (data[i + 1] === SEQ_NEXT) {
          i = pair(data, i + 2);
        } else {
          if (data[i + 1] === SEQ_OTHER) out.push(pair(data, i + 2), 1);
          break;
        }
      }
      if (data[i] === token) out.push(pair(data, i + 1), 0);
    }
  }
  return out;
}

function addActions(this: TokenCacheInternals, stack: StackInternals, token: number, end: number, index: number): number {
  const p = stack.p.parser;
  const table = tableFor(p.data);
  const key = stack.state * 65536 + token;
  let entries = table.get(key) as number[] | undefined;
  if (entries === undefined) table.set(key, (entries = scanActions(p, stack.state, token)));
  for (let k = 0; k < entries.length; k += 2) {
    if (entries[k + 1] === 0 || index === 0) index = this.putAction(entries[k]!, token, end, index);
  }
  return index;
}

/** getGoto's own loop. */
function scanGoto(table: Uint16Array, state: number, term: number, loose: boolean): number {
  if (term >= table[0]!) return -1;
  for (let pos = table[term + 1]!; ; ) {
    const groupTag = table[pos++]!;
    const last = groupTag & 1;
    const target = table[pos++]!;
    if (last && loose) return target;
    for (const end = pos + (groupTag >> 1); pos < end; pos++) if (table[pos] === state) return target;
    if (last) return -1;
  }
}

function getGoto(this: ParserInternals, state: number, term: number, loose = false): number {
  const table = tableFor(this.goto);
  const key = (state * 65536 + term) * 2 + (loose ? 1 : 0);
  let target = table.get(key) as number | undefined;
  if (target === undefined) table.set(key, (target = scanGoto(this.goto, state, term, loose)));
  return target;
}

/** lezer's own methods, as installed before this module replaced them (for the test that compares trees). */
export const LEZER_LOOKUPS: { addActions?: TokenCacheInternals['addActions']; getGoto?: ParserInternals['getGoto'] } = {};

/** Installs the remembered lookups on lezer's TokenCache and LRParser (a lezer without these methods is left as it is). */
function install(): void {
  const cache = (parser.startParse('') as unknown as { tokens?: object }).tokens;
  const tokens = cache === undefined ? null : (Object.getPrototypeOf(cache) as Partial<TokenCacheInternals> | null);
  if (tokens !== null && typeof tokens.addActions === 'function' && typeof tokens.putAction === 'function' && tokens.addActions.length === 4) {
    LEZER_LOOKUPS.addActions = tokens.addActions;
    tokens.addActions = addActions;
  }
  const lr = Object.getPrototypeOf(parser) as Partial<ParserInternals>;
  if (typeof lr.getGoto === 'function' && (parser as unknown as Partial<ParserInternals>).goto instanceof Uint16Array) {
    LEZER_LOOKUPS.getGoto = lr.getGoto;
    lr.getGoto = getGoto;
  }
}

install();
