/**
 * String, bytes and f-string literals: prefixes, quotes, escape sequences, implicit
 * concatenation, and the replacement fields of f-strings (whose expressions lezer
 * has already parsed).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, FormattedValue, JoinedStr } from './ast.js';
import { parser } from '@lezer/python';
import type { ParseCtx } from './context.js';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

interface Literal {
  prefix: string;
  quote: string;
  body: string;
  /** Offset of the body in the source. */
  bodyFrom: number;
}

function splitLiteral(ctx: ParseCtx, node: SyntaxNode): Literal {
  const raw = ctx.text(node);
  const m = /^([A-Za-z]*)('''|"""|'|")/.exec(raw);
  if (!m) ctx.fail('SyntaxError', 'invalid syntax', node.from, node.to);
  const prefix = m[1]!.toLowerCase();
  const quote = m[2]!;
  const start = prefix.length + quote.length;
  return { prefix, quote, body: raw.slice(start, raw.length - quote.length), bodyFrom: node.from + start };
}

/** Decodes the escapes of a (non-raw) literal body. `bytes` keeps \u escapes literal. */
export function decodeEscapes(ctx: ParseCtx, body: string, bodyFrom: number, bytes: boolean): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const d = body[i + 1];
    if (d === undefined) {
      out += '\\';
      break;
    }
    if (d === '\n') {
      i += 2;
      continue;
    }
    if (d === '\r' && body[i + 2] === '\n') {
      i += 3;
      continue;
    }
    const simple = SIMPLE_ESCAPES[d];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (d >= '0' && d <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < body.length && j < i + 4 && body[j]! >= '0' && body[j]! <= '7') v = v * 8 + (body.charCodeAt(j++) - 48);
      out += String.fromCodePoint(bytes ? v & 0xff : v);
      i = j;
      continue;
    }
    const hexLen = d === 'x' ? 2 : !bytes && d === 'u' ? 4 : !bytes && d === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLen);
      if (hex.length < hexLen || !/^[0-9a-fA-F]+$/.test(hex)) {
        const kind = bytes ? 'bytes' : 'unicode error';
        const what = d === 'x' ? `truncated \\xXX escape` : d === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        ctx.fail('SyntaxError', bytes ? `(value error) invalid \\x escape at position ${i}` : `(${kind}) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + hex.length}: ${what}`, bodyFrom + i);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) ctx.fail('SyntaxError', `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 9}: illegal Unicode character`, bodyFrom + i);
      out += String.fromCodePoint(cp);
      i += 2 + hexLen;
      continue;
    }
    if (d === 'N' && !bytes) {
      const end = body.indexOf('}', i);
      const name = body[i + 2] === '{' && end > 0 ? body.slice(i + 3, end) : '';
      const ch = unicodeName(name);
      if (ch === null) ctx.unsupported(ctx.span(bodyFrom + i, bodyFrom + Math.max(end + 1, i + 2)), `\\N{${name}} (only common character names are known)`);
      out += ch;
      i = end + 1;
      continue;
    }
    // Unknown escapes stay as written (CPython warns, then keeps them).
    out += '\\' + d;
    i += 2;
  }
  return out;
}

const NAMED: Record<string, number> = {
  SPACE: 0x20, 'NO-BREAK SPACE': 0xa0, 'EM DASH': 0x2014, 'EN DASH': 0x2013, BULLET: 0x2022, 'DEGREE SIGN': 0xb0,
  'COPYRIGHT SIGN': 0xa9, 'REGISTERED SIGN': 0xae, 'MICRO SIGN': 0xb5, 'PILCROW SIGN': 0xb6, 'SECTION SIGN': 0xa7,
  'EURO SIGN': 0x20ac, 'POUND SIGN': 0xa3, 'YEN SIGN': 0xa5, 'CHECK MARK': 0x2713, 'HEAVY CHECK MARK': 0x2714,
  'BALLOT X': 0x2717, 'HORIZONTAL ELLIPSIS': 0x2026, 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xab,
  'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xbb, 'RIGHTWARDS ARROW': 0x2192, 'LEFTWARDS ARROW': 0x2190,
  'MULTIPLICATION SIGN': 0xd7, 'DIVISION SIGN': 0xf7, 'PLUS-MINUS SIGN': 0xb1, 'INFINITY': 0x221e,
  'GREEK SMALL LETTER PI': 0x3c0, 'GREEK SMALL LETTER ALPHA': 0x3b1, 'GREEK SMALL LETTER BETA': 0x3b2,
  'GREEK SMALL LETTER LAMDA': 0x3bb, 'GREEK SMALL LETTER MU': 0x3bc, 'GREEK CAPITAL LETTER OMEGA': 0x3a9,
  'GREEK CAPITAL LETTER DELTA': 0x394, 'GREEK CAPITAL LETTER SIGMA': 0x3a3, 'SNOWMAN': 0x2603, 'BLACK STAR': 0x2605,
  'WHITE STAR': 0x2606, 'LINE FEED': 0x0a, 'CHARACTER TABULATION': 0x09, 'CARRIAGE RETURN': 0x0d, 'NULL': 0x00,
  'GRINNING FACE': 0x1f600, 'SNAKE': 0x1f40d, 'HEAVY BLACK HEART': 0x2764, 'WHITE SMILING FACE': 0x263a,
};

/** \N{name}: letters and digits by rule, a table of common names; null when unknown. */
export function unicodeName(raw: string): string | null {
  const name = raw.toUpperCase();
  const m = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(name);
  if (m) return m[1] === 'SMALL' ? m[2]!.toLowerCase() : m[2]!;
  const d = /^DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/.exec(name);
  if (d) return String(['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'].indexOf(d[1]!));
  const cp = NAMED[name];
  return cp === undefined ? null : String.fromCodePoint(cp);
}

export type StringConst = { t: 'str'; v: string } | { t: 'bytes'; v: Uint8Array };

/** A plain (non-f) string or bytes literal node. */
export function plainString(ctx: ParseCtx, node: SyntaxNode): StringConst {
  const lit = splitLiteral(ctx, node);
  const raw = lit.prefix.includes('r');
  const isBytes = lit.prefix.includes('b');
  const text = raw ? lit.body : decodeEscapes(ctx, lit.body, lit.bodyFrom, isBytes);
  if (!isBytes) return { t: 'str', v: text };
  for (let i = 0; i < lit.body.length; i++) {
    if (lit.body.charCodeAt(i) > 127) ctx.fail('SyntaxError', 'bytes can only contain ASCII literal characters', node.from, node.to);
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return { t: 'bytes', v: bytes };
}

type ConvertExpr = (node: SyntaxNode) => Expr;

/** Literal text of an f-string segment (braces already undoubled): escapes unless raw. */
function fLiteral(ctx: ParseCtx, text: string, from: number, raw: boolean): string {
  return raw ? text : decodeEscapes(ctx, text, from, false);
}

/**
 * Scans f-string text from `i` (an offset into the source) to `end`, or to the '}'
 * that closes a format spec when `inSpec`. Returns the parts and where it stopped.
 * We scan ourselves rather than trust lezer's reading of replacement fields, which
 * takes `{x:=8}` for a walrus; each field's expression is parsed on its own.
 */
function scanParts(ctx: ParseCtx, i: number, end: number, raw: boolean, inSpec: boolean, expr: ConvertExpr): { parts: (string | FormattedValue)[]; at: number } {
  const src = ctx.src;
  const parts: (string | FormattedValue)[] = [];
  let lit = '';
  let litFrom = i;
  const flush = (): void => {
    if (lit !== '') parts.push(fLiteral(ctx, lit, litFrom, raw));
    lit = '';
  };
  while (i < end) {
    const c = src[i]!;
    if (c === '{') {
      if (!inSpec && src[i + 1] === '{') {
        lit += '{';
        i += 2;
        continue;
      }
      flush();
      const field = scanField(ctx, i, end, raw, expr);
      if (field.selfDoc !== null) parts.push(field.selfDoc);
      parts.push(field.fv);
      i = field.at;
      litFrom = i;
      continue;
    }
    if (c === '}') {
      if (inSpec) break;
      if (src[i + 1] === '}') {
        lit += '}';
        i += 2;
        continue;
      }
      ctx.fail('SyntaxError', "f-string: single '}' is not allowed", i);
    }
    if (c === '\\' && !raw && i + 1 < end) {
      lit += src.slice(i, i + 2);
      i += 2;
      continue;
    }
    lit += c;
    i++;
  }
  flush();
  return { parts, at: i };
}

/** One `{expr[=][!c][:spec]}` field starting at the '{' at `start`. */
function scanField(ctx: ParseCtx, start: number, end: number, raw: boolean, expr: ConvertExpr): { fv: FormattedValue; selfDoc: string | null; at: number } {
  const src = ctx.src;
  let i = start + 1;
  let depth = 0;
  let quote = '';
  let exprEnd = -1;
  for (; i < end; i++) {
    const c = src[i]!;
    if (quote) {
      if (src.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
      continue;
    }
    if (c === '\\') ctx.fail('SyntaxError', 'f-string expression part cannot include a backslash', i);
    if (c === '#') ctx.fail('SyntaxError', "f-string expression part cannot include '#'", i);
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || (c === '}' && depth > 0)) depth--;
    else if (depth === 0) {
      if (c === '}' || c === ':') break;
      if (c === '!' && src[i + 1] !== '=') break;
      if (c === '=' && !'=!<>'.includes(src[i - 1]!) && src[i + 1] !== '=') {
        const rest = /^\s*/.exec(src.slice(i + 1, end))![0].length;
        const next = src[i + 1 + rest];
        if (next === '}' || next === '!' || next === ':') {
          exprEnd = i;
          i += 1 + rest;
          break;
        }
      }
    }
  }
  if (i >= end) ctx.fail('SyntaxError', "f-string: expecting '}'", start);
  const selfDoc = exprEnd >= 0 ? src.slice(start + 1, i) : null;
  const value = fieldExpr(ctx, start + 1, exprEnd >= 0 ? exprEnd : i, expr);
  let conversion: FormattedValue['conversion'] = null;
  if (src[i] === '!') {
    const k = src[i + 1];
    if (k !== 'r' && k !== 's' && k !== 'a') ctx.fail('SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", i + 1);
    conversion = k;
    i += 2;
  }
  let spec: JoinedStr | null = null;
  if (src[i] === ':') {
    const r = scanParts(ctx, i + 1, end, raw, true, expr);
    spec = { kind: 'JoinedStr', parts: mergeText(r.parts), ...ctx.span(i + 1, r.at) };
    i = r.at;
  }
  if (src[i] !== '}') ctx.fail('SyntaxError', "f-string: expecting '}'", i);
  if (selfDoc !== null && conversion === null && spec === null) conversion = 'r';
  const fv: FormattedValue = { kind: 'FormattedValue', value, conversion, spec, ...ctx.span(start, i + 1) };
  return { fv, selfDoc, at: i + 1 };
}

/** Parses the expression text at [from, to) in place: positions stay those of the source. */
function fieldExpr(ctx: ParseCtx, from: number, to: number, expr: ConvertExpr): Expr {
  const text = ctx.src.slice(from, to);
  if (text.trim() === '') ctx.fail('SyntaxError', 'f-string: empty expression not allowed', from);
  const pad = ctx.src.slice(0, from - 1).replace(/[^\n]/g, ' ');
  const tree = parser.parse(`${pad}(${text.replace(/\n/g, ' ')})`);
  const stmt = tree.topNode.firstChild;
  let paren = stmt?.firstChild ?? null;
  const cursor = tree.topNode.cursor();
  do {
    if (cursor.type.isError) ctx.fail('SyntaxError', 'f-string: invalid syntax', Math.min(cursor.from, to));
  } while (cursor.next());
  if (!stmt || stmt.nextSibling || stmt.name !== 'ExpressionStatement' || !paren) ctx.fail('SyntaxError', 'f-string: invalid syntax', from);
  if (paren.name === 'ParenthesizedExpression') paren = paren.firstChild!.nextSibling!;
  else if (paren.name === 'TupleExpression') {
    const e = expr(paren);
    return e;
  }
  return expr(paren);
}

/** An f-string node as a JoinedStr. */
export function formatString(ctx: ParseCtx, node: SyntaxNode, expr: ConvertExpr): JoinedStr {
  const lit = splitLiteral(ctx, node);
  const raw = lit.prefix.includes('r');
  const { parts } = scanParts(ctx, lit.bodyFrom, lit.bodyFrom + lit.body.length, raw, false, expr);
  return { kind: 'JoinedStr', parts: mergeText(parts), ...ctx.spanOf(node) };
}

/** Joins adjacent literal parts. */
export function mergeText(parts: (string | FormattedValue)[]): (string | FormattedValue)[] {
  const out: (string | FormattedValue)[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else if (p !== '') out.push(p);
  }
  return out;
}
