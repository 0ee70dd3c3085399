/**
 * A source file's bytes → its text, as CPython 3.11 reads a file it runs
 * (Parser/tokenizer.c; PEP 263 and PEP 3120):
 *
 * - A UTF-8 byte-order mark is dropped, and the file is UTF-8 whatever it declares
 *   (a declaration of another encoding is "encoding problem: X with BOM").
 * - An encoding declaration (`# -*- coding: latin-1 -*-`, `# vim: set fileencoding=…`)
 *   counts on line 1, or on line 2 when line 1 holds only a comment or blanks.
 * - Undeclared, the file must be UTF-8 everywhere, comments included ("Non-UTF-8 code
 *   starting with '\xe9' in file … on line 1, but no encoding declared; …").
 *   Declared UTF-8 (or with the BOM), only tokens are decoded: a bad byte in a comment
 *   passes, one in a string or a name is "(unicode error) 'utf-8' codec can't decode …".
 * - Any other declared encoding decodes the whole file; an unknown one, or bytes it
 *   cannot decode, are "encoding problem: X".
 * - Null bytes are refused, and line ends become "\n" (CRLF and CR, as CPython's
 *   universal newlines do).
 *
 * Errors are PythonCompileErrors; the ones CPython reports without a location print
 * the message alone.
 */
import { utf8Error, utf8ErrorText } from '../lib/utf8.js';
import { PythonCompileError } from './errors.js';

const BOM = [0xef, 0xbb, 0xbf];

/** The text of a Python source file, or a PythonCompileError worded as CPython's. */
export function decodeSource(data: Uint8Array, filename: string): string {
  const bom = data.length >= 3 && data[0] === BOM[0] && data[1] === BOM[1] && data[2] === BOM[2];
  const body = bom ? data.subarray(3) : data;
  const declared = declaredEncoding(body);
  let text: string;
  if (bom && declared !== null && declared.name !== 'utf-8') throw bare(`encoding problem: ${declared.name} with BOM`, filename);
  if (declared === null && !bom) text = undeclaredUtf8(body, filename);
  else if (declared === null || declared.name === 'utf-8') text = declaredUtf8(body, filename);
  else text = otherEncoding(body, declared.name, filename);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const line = lineAt(text, nul);
    throw new PythonCompileError('SyntaxError', 'source code cannot contain null bytes', filename, line, 1, lineText(text, line), 1, false);
  }
  return newlines(text);
}

/** CRLF and lone CR line ends as "\n" (the tokenizer's translation; idempotent). */
export function newlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

interface Declared {
  /** CPython's name for it: 'utf-8' and 'iso-8859-1' normalised, any other as written. */
  name: string;
}

/** The encoding the first two lines declare, or null (tokenizer.c: check_coding_spec). */
function declaredEncoding(data: Uint8Array): Declared | null {
  let start = 0;
  for (let line = 1; line <= 2 && start < data.length; line++) {
    let end = data.indexOf(0x0a, start);
    if (end < 0) end = data.length;
    const text = latin1(data.subarray(start, end));
    const name = codingSpec(text);
    if (name !== null) return { name };
    // Only a comment or blank first line lets the second declare.
    if (!/^[ \t\f]*(#|\r|$)/.test(text)) return null;
    start = end + 1;
  }
  return null;
}

/** get_coding_spec: a comment alone on its line, holding `coding[:=]` and a name. */
function codingSpec(line: string): string | null {
  const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
  if (m === null) return null;
  return normalName(m[1]!);
}

/** get_normal_name: the spellings of UTF-8 and Latin-1 the tokenizer knows itself. */
function normalName(name: string): string {
  const s = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (s === 'utf-8' || s.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(s)) return 'iso-8859-1';
  return name;
}

/** No declaration: every line must be UTF-8 (tokenizer.c: ensure_utf8). */
function undeclaredUtf8(data: Uint8Array, filename: string): string {
  const err = utf8Error(data);
  if (err === null) return utf8(data);
  let line = 1;
  for (let i = 0; i < err.start; i++) if (data[i] === 0x0a) line++;
  const hex = data[err.start]!.toString(16).padStart(2, '0');
  throw bare(`Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`, filename, line, column(data, err.start));
}

/**
 * Declared UTF-8: comments may hold anything; a bad byte elsewhere fails with the
 * codec's message, its position counted from the start of the token holding it (a
 * string literal's body, or the run of name characters around it).
 */
function declaredUtf8(data: Uint8Array, filename: string): string {
  if (utf8Error(data) === null) return utf8(data);
  let line = 1;
  let lineStart = 0;
  let quote: number[] | null = null;
  let tokenStart = 0;
  const check = (i: number): void => {
    const bad = utf8Error(data, i, Math.min(data.length, i + 4));
    if (bad === null || bad.start !== i) return;
    if (quote === null) {
      tokenStart = i;
      while (tokenStart > lineStart && isNameByte(data[tokenStart - 1]!)) tokenStart--;
    }
    const e = utf8Error(data, i, tokenEnd(data, i, quote))!;
    const lineEnd = data.indexOf(0x0a, lineStart);
    const text = utf8(data.subarray(lineStart, lineEnd < 0 ? data.length : lineEnd));
    throw new PythonCompileError('SyntaxError', `(unicode error) ${utf8ErrorText(data, e, tokenStart)}`, filename, line, column(data, i), text);
  };
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    if (b === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    if (quote !== null) {
      if (b === 0x5c) {
        i += 2;
        continue;
      }
      if (startsWith(data, i, quote)) {
        i += quote.length;
        quote = null;
        continue;
      }
    } else if (b === 0x23) {
      // A comment: its bytes are never decoded (they show as U+FFFD if ever printed).
      const end = data.indexOf(0x0a, i);
      i = end < 0 ? data.length : end;
      continue;
    } else if (b === 0x22 || b === 0x27) {
      quote = data[i + 1] === b && data[i + 2] === b ? [b, b, b] : [b];
      i += quote.length;
      tokenStart = i;
      continue;
    }
    if (b >= 0x80) check(i);
    i++;
  }
  return utf8(data);
}

/** Where the token holding the byte at `at` ends: its closing quote, or the end of its name. */
function tokenEnd(data: Uint8Array, at: number, quote: number[] | null): number {
  let j = at;
  if (quote !== null) {
    while (j < data.length && !startsWith(data, j, quote) && data[j] !== 0x0a) j += data[j] === 0x5c ? 2 : 1;
    return Math.min(j, data.length);
  }
  while (j < data.length && isNameByte(data[j]!)) j++;
  return j;
}

const isNameByte = (b: number): boolean => b >= 0x80 || b === 0x5f || (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);

function startsWith(data: Uint8Array, i: number, seq: number[]): boolean {
  for (let k = 0; k < seq.length; k++) if (data[i + k] !== seq[k]) return false;
  return true;
}

/** A declared encoding other than UTF-8: the whole file through its codec. */
function otherEncoding(data: Uint8Array, name: string, filename: string): string {
  const codec = CODECS.get(pyCodecKey(name));
  if (codec === undefined) {
    if (UNSUPPORTED.has(pyCodecKey(name))) {
      throw new PythonCompileError('unsupported', `source encoding '${name}' (forkscope reads sources in UTF-8, Latin-1, ASCII, cp1250-cp1258, ISO-8859-2 to -15, KOI8-R and KOI8-U)`, filename, 0, 0, '', 1, false, false);
    }
    throw bare(`encoding problem: ${name}`, filename);
  }
  const text = codec(data);
  if (text === null) throw bare(`encoding problem: ${name}`, filename);
  return text;
}

/** encodings.normalize_encoding: lower case, runs of other characters as '_'. */
const pyCodecKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '_')
    .replace(/^_|_$/g, '');

type Codec = (data: Uint8Array) => string | null;

const latin1Codec: Codec = (d) => latin1(d);
const asciiCodec: Codec = (d) => (d.every((b) => b < 0x80) ? latin1(d) : null);
const utf8Codec: Codec = (d) => (utf8Error(d) === null ? utf8(d) : null);
/** A WHATWG single-byte decoder; `noC1`: CPython leaves the bytes that WHATWG maps to C1 controls undefined. */
const whatwg =
  (label: string, noC1 = false): Codec =>
  (d) => {
    try {
      const s = new TextDecoder(label, { fatal: true }).decode(d);
      return noC1 && /[\x80-\x9f]/.test(s) ? null : s;
    } catch {
      return null;
    }
  };

/**
 * CPython's cp1252 for bytes 0x80-0x9f (Lib/encodings/cp1252.py; 0 where it is
 * undefined); the rest is Latin-1.
 */
const CP1252_C1 = Object.fromEntries(
  [
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
    0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
  ].map((cp, i) => [0x80 + i, cp]),
);

/** Latin-1 with some bytes mapped elsewhere (0: the byte is undefined, and the file cannot be decoded). */
const latin1With =
  (changes: Record<number, number>): Codec =>
  (d) => {
    let s = '';
    for (const b of d) {
      const cp = changes[b] ?? b;
      if (cp === 0 && b !== 0) return null;
      s += String.fromCharCode(cp);
    }
    return s;
  };

/** The codecs a source may declare, by CPython's names and aliases (encodings/aliases.py). */
const CODECS = new Map<string, Codec>();
const add = (codec: Codec, ...names: string[]): void => {
  for (const n of names) CODECS.set(n, codec);
};
add(latin1Codec, 'latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', '8859', 'cp819', 'ibm819', 'iso_ir_100', 'csisolatin1');
add(asciiCodec, 'ascii', 'us_ascii', '646', 'us', 'cp367', 'ibm367', 'csascii', 'iso646_us', 'iso_ir_6', 'ansi_x3.4_1968');
add(utf8Codec, 'utf8', 'utf_8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4');
// WHATWG's ISO-8859-9 is windows-1254, and Node 20 has no ISO-8859-16 and decodes
// windows-1252 as Latin-1: those three are tables of their own.
for (const n of [2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15]) add(whatwg(`iso-8859-${n}`), `iso8859_${n}`, `iso_8859_${n}`);
add(latin1With({ 0xd0: 0x11e, 0xdd: 0x130, 0xde: 0x15e, 0xf0: 0x11f, 0xfd: 0x131, 0xfe: 0x15f }), 'iso8859_9', 'iso_8859_9', 'latin5', 'l5');
add(whatwg('iso-8859-15'), 'latin9', 'l9');
add(whatwg('iso-8859-2'), 'latin2', 'l2');
for (const n of [1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258]) add(whatwg(`windows-${n}`, true), `cp${n}`, `windows_${n}`, String(n));
add(latin1With(CP1252_C1), 'cp1252', 'windows_1252', '1252');
add(whatwg('koi8-r'), 'koi8_r');
add(whatwg('koi8-u'), 'koi8_u');
/** Codecs CPython has that this reader does not (WHATWG's versions differ from CPython's). */
const UNSUPPORTED = new Set(['iso8859_16', 'iso_8859_16', 'latin10', 'l10', 'cp437', 'cp850', 'cp852', 'cp866', 'mac_roman', 'macroman', 'shift_jis', 'sjis', 'euc_jp', 'gbk', 'gb2312', 'gb18030', 'big5', 'euc_kr', 'cp932', 'cp949', 'cp950', 'iso2022_jp']);

const utf8 = (d: Uint8Array): string => new TextDecoder('utf-8').decode(d);
/** Bytes as code points (Latin-1; also how a line is searched for its declaration). */
function latin1(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
}

/** The 1-based column of byte `at` on its line, in characters. */
function column(data: Uint8Array, at: number): number {
  let s = at;
  while (s > 0 && data[s - 1] !== 0x0a) s--;
  return utf8(data.subarray(s, at)).length + 1;
}

const lineAt = (text: string, at: number): number => text.slice(0, at).split('\n').length;
const lineText = (text: string, line: number): string => (text.split('\n')[line - 1] ?? '').replace(/\r$/, '').replace(/\0/g, '');

/** An error CPython prints as its message alone (no file, line or caret); `line` and `col` (0: none) are for forkscope's one-line form. */
const bare = (msg: string, filename: string, line = 0, col = 0): PythonCompileError => new PythonCompileError('SyntaxError', msg, filename, line, col, '', 1, false, false);
