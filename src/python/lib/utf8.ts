/**
 * CPython's strict UTF-8 decoder, for its errors: where the first undecodable
 * sequence is and why (Objects/stringlib/codecs.h, Objects/unicodeobject.c), so
 * that `bytes.decode()` and the source reader word them as CPython does:
 *
 *   'utf-8' codec can't decode byte 0xe9 in position 3: invalid continuation byte
 *   'utf-8' codec can't decode bytes in position 2-3: invalid continuation byte
 */

export interface Utf8Error {
  /** The undecodable bytes: [start, end) of the input. */
  start: number;
  end: number;
  reason: 'invalid start byte' | 'invalid continuation byte' | 'unexpected end of data';
}

const cont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** The first undecodable sequence of `data[from, to)`, or null when it is valid UTF-8. */
export function utf8Error(data: Uint8Array, from = 0, to = data.length): Utf8Error | null {
  let i = from;
  while (i < to) {
    const b = data[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes follow, and the range the first of them must lie in.
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { start: i, end: i + 1, reason: 'invalid start byte' };
    for (let k = 1; k <= need; k++) {
      if (i + k >= to) return { start: i, end: to, reason: 'unexpected end of data' };
      const c = data[i + k]!;
      const ok = k === 1 ? c >= lo && c <= hi : cont(c);
      if (!ok) return { start: i, end: i + k, reason: 'invalid continuation byte' };
    }
    i += need + 1;
  }
  return null;
}

/** CPython's text for `err` (positions relative to `base`). */
export function utf8ErrorText(data: Uint8Array, err: Utf8Error, base = 0): string {
  const what =
    err.end - err.start === 1
      ? `byte 0x${data[err.start]!.toString(16).padStart(2, '0')} in position ${err.start - base}`
      : `bytes in position ${err.start - base}-${err.end - 1 - base}`;
  return `'utf-8' codec can't decode ${what}: ${err.reason}`;
}
