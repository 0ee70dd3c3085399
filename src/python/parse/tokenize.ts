/**
 * A lexical pre-pass over the source: the errors CPython's tokenizer reports and that
 * the error-tolerant lezer parser does not (indentation, unclosed or mismatched
 * brackets, unterminated strings). It reads the source the way CPython's tokenizer
 * does — strings, comments, brackets, backslash continuations, logical lines — but
 * produces no tokens: only the first error, with CPython's wording, or null.
 */

export interface LexError {
  kind: 'SyntaxError' | 'IndentationError' | 'TabError';
  msg: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  width: number;
  caret: boolean;
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** CPython's tokenizer limits (Parser/tokenizer.h): open brackets, and indentation levels. */
const MAXLEVEL = 200;
const MAXINDENT = 100;
const CLOSE: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** What the header keyword of a block is called in "expected an indented block after …". */
const BLOCK_NAMES: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  for: "'for' statement",
  while: "'while' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
  def: 'function definition',
  class: 'class definition',
};

interface Bracket {
  ch: string;
  line: number;
  col: number;
}

/**
 * Scans `src` and returns the first lexical error, or null. `dots` (when given)
 * receives the offset of every float literal's trailing '.' with no digit after it
 * (`3600.`, `1.e5`, `2.j`): lezer reads those as attribute accesses, so the parser
 * hands lezer a copy with each such '.' made a digit (same length, same offsets) and
 * reads the literal's text from the real source.
 */
export function lexCheck(src: string, dots?: number[]): LexError | null {
  const n = src.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const brackets: Bracket[] = [];
  const indents: number[] = [0];
  const altIndents: number[] = [0];
  /** True at the start of a logical line (where indentation counts). */
  let atLineStart = true;
  /** The header line whose block must come next (line number and keyword), if any. */
  let pendingBlock: { line: number; kw: string } | null = null;
  let lastSignificant = '';
  let logicalFirstWord = '';
  let logicalLine = 0;

  const err = (kind: LexError['kind'], msg: string, l: number, c: number, width = 1, caret = true): LexError => ({
    kind,
    msg,
    line: l,
    col: c,
    width,
    caret,
  });

  while (i < n) {
    if (atLineStart && brackets.length === 0) {
      // Measure indentation of a new logical line; blank and comment-only lines do not count.
      // CPython measures with tabs to multiples of 8 and, to catch a mix that only
      // lines up at that tab size, again with tabs as 1 column (altcol).
      let col = 0;
      let altcol = 0;
      let j = i;
      while (j < n && (src[j] === ' ' || src[j] === '\t' || src[j] === '\f')) {
        col = src[j] === '\t' ? (Math.floor(col / 8) + 1) * 8 : src[j] === '\f' ? 0 : col + 1;
        altcol = src[j] === '\t' ? altcol + 1 : src[j] === '\f' ? 0 : altcol + 1;
        j++;
      }
      const c = src[j];
      if (j >= n || c === '\n' || c === '\r' || c === '#') {
        // blank line: skip to its end
        while (j < n && src[j] !== '\n') j++;
        if (j < n) {
          j++;
          line++;
          lineStart = j;
        }
        i = j;
        continue;
      }
      if (c === '\\' && (src[j + 1] === '\n' || src[j + 1] === '\r')) {
        i = j;
        atLineStart = false;
        continue;
      }
      const top = indents[indents.length - 1]!;
      const alttop = altIndents[altIndents.length - 1]!;
      const tabError = (): LexError => err('TabError', 'inconsistent use of tabs and spaces in indentation', line, j - lineStart + 1, 1, false);
      if (col === top && altcol !== alttop) return tabError();
      if (col > top) {
        // The tokenizer's checks come before the parser's (expected / unexpected indent).
        if (indents.length >= MAXINDENT) return err('IndentationError', 'too many levels of indentation', line, j - lineStart + 1, 1, false);
        if (altcol <= alttop) return tabError();
      }
      if (pendingBlock) {
        if (col <= top) {
          return err('IndentationError', `expected an indented block after ${BLOCK_NAMES[pendingBlock.kw] ?? "'" + pendingBlock.kw + "' statement"} on line ${pendingBlock.line}`, line, j - lineStart + 1);
        }
        indents.push(col);
        altIndents.push(altcol);
        pendingBlock = null;
      } else if (col > top) {
        return err('IndentationError', 'unexpected indent', line, j - lineStart + 1, 1, false);
      } else if (col < top) {
        while (indents[indents.length - 1]! > col) {
          indents.pop();
          altIndents.pop();
        }
        if (indents[indents.length - 1] !== col) {
          const end = src.indexOf('\n', j);
          const len = (end < 0 ? n : end) - lineStart;
          return err('IndentationError', 'unindent does not match any outer indentation level', line, len + 1);
        }
        if (altIndents[altIndents.length - 1] !== altcol) return tabError();
      }
      i = j;
      atLineStart = false;
      logicalFirstWord = /^[A-Za-z_]\w*/.exec(src.slice(j, j + 12))?.[0] ?? '';
      logicalLine = line;
      lastSignificant = '';
    }
    const c = src[i]!;
    if (c === '#') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      i++;
      if (brackets.length === 0) {
        if (lastSignificant === ':' && BLOCK_NAMES[logicalFirstWord] !== undefined) pendingBlock = { line: logicalLine, kw: logicalFirstWord };
        else if (lastSignificant === ':' && (logicalFirstWord === 'async' || logicalFirstWord === 'match' || logicalFirstWord === 'case')) pendingBlock = { line: logicalLine, kw: logicalFirstWord };
        atLineStart = true;
      }
      line++;
      lineStart = i;
      continue;
    }
    if (c === '\\') {
      if (src[i + 1] === '\n') {
        i += 2;
        line++;
        lineStart = i;
        continue;
      }
      if (src[i + 1] === '\r' && src[i + 2] === '\n') {
        i += 3;
        line++;
        lineStart = i;
        continue;
      }
      return err('SyntaxError', 'unexpected character after line continuation character', line, i - lineStart + 1);
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    // String literal, with an optional prefix.
    const str = /^([rRbBuUfF]{0,2})('''|"""|'|")/.exec(src.slice(i, i + 5));
    if (str && (str[1] === '' || !/[A-Za-z0-9_]/.test(src[i - 1] ?? ' '))) {
      const prefix = str[1]!;
      const quote = str[2]!;
      const startLine = line;
      const startCol = i - lineStart + 1;
      const raw = /[rR]/.test(prefix);
      let j = i + prefix.length + quote.length;
      let closed = false;
      while (j < n) {
        const d = src[j]!;
        if (d === '\\') {
          if (src[j + 1] === '\n') {
            line++;
            lineStart = j + 2;
          }
          j += 2;
          continue;
        }
        if (d === '\n') {
          if (quote.length === 1) break;
          line++;
          lineStart = j + 1;
        }
        if (src.startsWith(quote, j)) {
          j += quote.length;
          closed = true;
          break;
        }
        j++;
      }
      void raw;
      if (!closed) {
        if (quote.length === 3) return err('SyntaxError', `unterminated triple-quoted string literal (detected at line ${line})`, startLine, startCol);
        return err('SyntaxError', `unterminated string literal (detected at line ${line})`, startLine, startCol);
      }
      i = j;
      lastSignificant = 'str';
      continue;
    }
    if (OPEN[c] !== undefined) {
      if (brackets.length >= MAXLEVEL) return err('SyntaxError', 'too many nested parentheses', line, i - lineStart + 1);
      brackets.push({ ch: c, line, col: i - lineStart + 1 });
      lastSignificant = c;
      i++;
      continue;
    }
    if (CLOSE[c] !== undefined) {
      const top = brackets.pop();
      if (!top) return err('SyntaxError', `unmatched '${c}'`, line, i - lineStart + 1);
      if (top.ch !== CLOSE[c]) {
        const where = top.line === line ? '' : ` on line ${top.line}`;
        return err('SyntaxError', `closing parenthesis '${c}' does not match opening parenthesis '${top.ch}'${where}`, line, i - lineStart + 1);
      }
      lastSignificant = c;
      i++;
      continue;
    }
    if (c > '\x7f') {
      const bad = invalidCharacter(src, i);
      if (bad !== null) return err('SyntaxError', bad, line, i - lineStart + 1);
    }
    if (c === '$' || c === '?' || c === '`') {
      return err('SyntaxError', 'invalid syntax', line, i - lineStart + 1);
    }
    if (c >= '0' && c <= '9' && !/[\w.]/.test(src[i - 1] ?? ' ')) {
      const num = /^(?:0[xXoObB][\da-fA-F_]*|\d[\d_]*(\.(?![\d.]))?)/.exec(src.slice(i, i + 80))![0];
      if (num.endsWith('.')) dots?.push(i + num.length - 1);
      lastSignificant = c;
      i += num.length;
      continue;
    }
    lastSignificant = c;
    i++;
  }
  if (brackets.length > 0) {
    const b = brackets[brackets.length - 1]!;
    // CPython reports the innermost unclosed bracket... of the first logical line it cannot end.
    const first = brackets[0]!;
    void b;
    return err('SyntaxError', `'${first.ch}' was never closed`, first.line, first.col);
  }
  if (pendingBlock) {
    return err('IndentationError', `expected an indented block after ${BLOCK_NAMES[pendingBlock.kw] ?? "'" + pendingBlock.kw + "' statement"} on line ${pendingBlock.line}`, line, 1);
  }
  return null;
}

/**
 * CPython's message for a character outside strings and comments that no name may
 * hold (a zero-width space, a byte-order mark inside the text, a euro sign), or null.
 */
function invalidCharacter(src: string, i: number): string | null {
  const cp = src.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  if (/\p{ID_Continue}/u.test(ch)) return null;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  if (/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch)) return `invalid non-printable character U+${hex}`;
  return `invalid character '${ch}' (U+${hex})`;
}
