/** str.encode / bytes.decode for the common codecs, with CPython's error texts. */
import { fileBytes, fileText } from '../../kernel/fs.js';
import { E, newExc, exc } from '../objects/exceptions.js';
import { utf8Error, utf8ErrorText } from '../lib/utf8.js';

const norm = (enc: string): string => enc.toLowerCase().replace(/[-_ ]/g, '');

function codecName(enc: string): string {
  const n = norm(enc);
  if (n === 'utf8' || n === 'u8') return 'utf-8';
  if (n === 'ascii' || n === 'usascii') return 'ascii';
  if (n === 'latin1' || n === 'iso88591' || n === 'l1') return 'latin-1';
  if (n === 'utf16') return 'utf-16';
  throw exc(E.LookupError!, `unknown encoding: ${enc}`);
}

/** How CPython's messages show a character: \xfc, \u4e2d, \U0001f600. */
function charEscape(cp: number): string {
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

export function encode(s: string, encoding: string, errors: string): Uint8Array {
  const codec = codecName(encoding);
  if (codec === 'utf-8') return new TextEncoder().encode(s);
  const limit = codec === 'ascii' ? 128 : 256;
  const out: number[] = [];
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]!.codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === 'ignore') {
      /* dropped */
    } else if (errors === 'replace') out.push(63);
    else {
      // The message names the whole run of characters the codec cannot encode.
      let end = i + 1;
      while (end < chars.length && chars[end]!.codePointAt(0)! >= limit) end++;
      const what = end - i === 1 ? `character '${charEscape(cp)}' in position ${i}` : `characters in position ${i}-${end - 1}`;
      const e = newExc(E.UnicodeEncodeError!, [codec, s, i, end, `ordinal not in range(${limit})`]);
      e.args = newExc(E.UnicodeEncodeError!, [`'${codec}' codec can't encode ${what}: ordinal not in range(${limit})`]).args;
      throw e;
    }
  }
  return Uint8Array.from(out);
}

export function decode(data: Uint8Array, encoding: string, errors: string): string {
  const codec = codecName(encoding);
  if (codec === 'utf-8') {
    try {
      return new TextDecoder('utf-8', { fatal: errors === 'strict' }).decode(data);
    } catch {
      throw exc(E.UnicodeDecodeError!, utf8ErrorText(data, utf8Error(data)!));
    }
  }
  let out = '';
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (codec === 'ascii' && b >= 128) {
      if (errors === 'ignore') continue;
      if (errors === 'replace') {
        out += '\ufffd';
        continue;
      }
      throw exc(E.UnicodeDecodeError!, `'ascii' codec can't decode byte 0x${b.toString(16)} in position ${i}: ordinal not in range(128)`);
    }
    out += String.fromCharCode(b);
  }
  return out;
}

/** bytes → str losslessly: UTF-8, with undecodable bytes as U+DC80..U+DCFF (surrogateescape); the file system stores binary files so. */
export const decodeSurrogateEscape: (data: Uint8Array) => string = fileText;

/** The inverse of decodeSurrogateEscape. */
export const encodeSurrogateEscape: (s: string) => Uint8Array = fileBytes;
