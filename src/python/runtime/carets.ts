/**
 * The `~~^^~~` line CPython 3.11 prints under a traceback's source line
 * (Python/traceback.c: print_error_location_carets, extract_anchors_from_expr).
 *
 * The instruction's span is underlined with `^`; when the span, re-parsed on its
 * own, is a binary operation or a subscript, the operands get `~` and only the
 * operator or the `[...]` gets `^`. Nothing is printed when plain carets would
 * underline the whole line.
 */
import { parseModule } from '../parse/parse.js';

interface Anchors {
  left: number;
  right: number;
}

const WS = /\s/;

/**
 * The caret line (with its newline) for source line `raw` and the span
 * `[col, end)` on it; `multiline` when the span goes on past this line.
 */
export function caretLine(raw: string, col: number, end: number, multiline: boolean): string {
  if (multiline) end = raw.trimEnd().length;
  if (end <= col) return '';
  const anchors = multiline ? null : anchorsOf(raw.slice(col, end));
  const leftEnd = anchors ? col + anchors.left : end;
  const rightStart = anchors ? col + anchors.right : end;
  const indent = raw.length - raw.trimStart().length;
  const strippedLen = raw.trim().length;
  const secondary = leftEnd !== rightStart || rightStart !== end;
  if (end - col === strippedLen && !secondary) return '';
  const primary = anchors ? '~' : '^';
  let line = '';
  for (let i = col; i < end; i++) line += i < leftEnd ? primary : i < rightStart ? '^' : primary;
  return `    ${' '.repeat(Math.max(0, col - indent))}${line}\n`;
}

/** Segments already looked at: the same frames recur in every traceback of a long run. */
const seen = new Map<string, Anchors | null>();

/** Anchors of a segment that parses as one expression statement (a BinOp or a Subscript). */
function anchorsOf(segment: string): Anchors | null {
  let a = seen.get(segment);
  if (a === undefined) {
    if (seen.size > 4096) seen.clear();
    a = findAnchors(segment);
    seen.set(segment, a);
  }
  return a;
}

function findAnchors(segment: string): Anchors | null {
  let stmt;
  try {
    const m = parseModule(segment, '<segment>');
    if (m.body.length !== 1) return null;
    stmt = m.body[0]!;
  } catch {
    return null;
  }
  if (stmt.kind !== 'Expr') return null;
  const e = stmt.value;
  if (e.kind === 'BinOp') {
    let a: Anchors | null = null;
    const stop = e.right.col;
    for (let i = e.left.endCol; i < stop; i++) {
      if (WS.test(segment[i]!)) continue;
      a = { left: i, right: i + 1 };
      // A two-character operator (//, **, <<).
      if (i + 1 < stop && !WS.test(segment[i + 1]!)) a.right++;
      // A closing parenthesis of the left operand: keep looking for the operator.
      if (i + 1 < stop && segment[i] === ')') continue;
      break;
    }
    return a;
  }
  if (e.kind === 'Subscript') {
    let left = e.value.endCol;
    let right = e.slice.endCol + 1;
    const n = segment.length;
    while (left < n && segment[left] !== '[') left++;
    while (right < n && segment[right] !== ']') right++;
    if (right < n) right++;
    return { left, right };
  }
  return null;
}
