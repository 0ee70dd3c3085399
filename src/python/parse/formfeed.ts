/**
 * The source as lezer should see it where CPython's tokenizer reads form feeds.
 *
 * CPython treats a form feed (an Emacs page break) as white space that, in a line's
 * indentation, resets the column to 0 (tokenize.ts measures indentation that way).
 * lezer's grammar counts only spaces and tabs there, so a line holding a form feed
 * alone breaks its blank-line rule, and `\f    y` indents by the wrong amount.
 *
 * The view keeps every token at its offset, since the AST reads token text and
 * positions from the real source: each form feed becomes a space, and when code
 * follows form feeds in a line's indentation, the part up to the last form feed
 * moves, as spaces, before the line's newline (the end of the line before it, where
 * white space means nothing) so that lezer measures only what CPython measures.
 */
export function lezerView(source: string): string {
  if (!source.includes('\f')) return source;
  const out = source.replace(/\f/g, ' ').split('');
  let lineStart = 0;
  while (lineStart < source.length) {
    let j = lineStart;
    let lastFf = -1;
    while (j < source.length && (source[j] === ' ' || source[j] === '\t' || source[j] === '\f')) {
      if (source[j] === '\f') lastFf = j;
      j++;
    }
    const code = j < source.length && source[j] !== '\n' && source[j] !== '#';
    // After a backslash continuation the indentation does not count (and the
    // backslash must stay last on its line).
    const movable = lineStart > 0 && source[lineStart - 2] !== '\\';
    if (code && lastFf >= 0 && movable) {
      for (let k = lineStart - 1; k < lastFf; k++) out[k] = ' ';
      out[lastFf] = '\n';
    }
    const nl = source.indexOf('\n', j);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out.join('');
}
