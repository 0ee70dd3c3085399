/**
 * printf-style `str % args` formatting, ported from CPython 3.11's
 * PyUnicode_Format: the same scan of the template (including its quirks,
 * such as reading the argument before rejecting an unknown conversion), the
 * same padding rules and the same error texts.
 *
 * Object conversions belong to the VM, so they come in through `hooks`.
 * Values the VM passes as plain JS `number`/`bigint`/`boolean` are Python
 * ints/bools (floats are boxed by the VM); `*` width and precision require
 * those.
 */
import { doubleToString } from './dtoa.js';
import { intToStr } from './intbits.js';
import { overflowError, typeError, valueError } from './errors.js';
import { codePoints, hasSurrogates, pyLen } from './codepoints.js';
import type { PyInt } from './pyint.js';

export interface PercentHooks {
  str(v: unknown): string;
  repr(v: unknown): string;
  ascii(v: unknown): string;
  /**
   * The int for %d %i %u (int(v): floats truncate) or %o %x %X and %c
   * (operator.index(v)). Throws PyLibError TypeError with CPython's text,
   * e.g. "%d format: a real number is required, not str" or
   * "%x format: an integer is required, not float". For 'c' any TypeError is
   * replaced by "%c requires int or char".
   */
  toIndexOrInt(v: unknown, conv: string): PyInt;
  /** float(v) for %e %f %g; TypeError "must be real number, not str". */
  toFloat(v: unknown, conv: string): number;
  /** PyMapping_Check(v) && !tuple && !str: has __getitem__ (dict, list, ...). */
  isMapping(v: unknown): boolean;
  /** v[key]; throws the VM's KeyError. */
  getItem(map: unknown, key: string): unknown;
  isTuple(v: unknown): boolean;
  tupleItems(v: unknown): unknown[];
  /**
   * bytes % args (PEP 461, bytes_format): the text is latin-1, %b is %s, and %s / %b
   * take only bytes-like objects (through `str`, which raises otherwise).
   */
  bytes?: boolean;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;
const FLAG: Record<string, number> = { '-': F_LJUST, '+': F_SIGN, ' ': F_BLANK, '#': F_ALT, '0': F_ZERO };
const SSIZE_MAX = 9223372036854775807;
const INT_MAX = 2147483647;

const isInt = (v: unknown): v is PyInt | boolean =>
  typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

/** The state CPython keeps in unicode_formatter_t. */
interface Ctx {
  fmt: ArrayLike<string>;
  cnt: number; // ctx->fmtcnt
  pos: number; // ctx->fmtpos
  args: unknown;
  items: unknown[] | null;
  arglen: number;
  argidx: number;
  dict: unknown;
  out: string;
}

function at(ctx: Ctx, i: number): string {
  return i < ctx.fmt.length ? ctx.fmt[i]! : '\0';
}

function nextArg(ctx: Ctx): unknown {
  const idx = ctx.argidx;
  if (idx < ctx.arglen) {
    ctx.argidx++;
    return ctx.arglen < 0 ? ctx.args : ctx.items![idx];
  }
  throw typeError('not enough arguments for format string');
}

interface Arg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/** `format % args`. */
export function percentFormat(format: string, args: unknown, hooks: PercentHooks): string {
  const isTuple = hooks.isTuple(args);
  const items = isTuple ? hooks.tupleItems(args) : null;
  const ctx: Ctx = {
    fmt: hasSurrogates(format) ? codePoints(format) : format,
    cnt: 0,
    pos: 0,
    args,
    items,
    arglen: items ? items.length : -1,
    argidx: items ? 0 : -2,
    dict: !isTuple && typeof args !== 'string' && hooks.isMapping(args) ? args : null,
    out: '',
  };
  const fmt = ctx.fmt;
  ctx.cnt = fmt.length;
  const whole = typeof fmt === 'string';
  while (--ctx.cnt >= 0) {
    if (fmt[ctx.pos] !== '%') {
      const start = ctx.pos++;
      while (ctx.cnt >= 0 && at(ctx, ctx.pos) !== '%') {
        ctx.pos++;
        ctx.cnt--;
      }
      if (ctx.cnt < 0) ctx.pos--;
      ctx.out += whole ? (fmt as string).slice(start, ctx.pos) : Array.prototype.slice.call(fmt, start, ctx.pos).join('');
    } else {
      ctx.pos++;
      formatArg(ctx, hooks);
    }
  }
  if (ctx.argidx < ctx.arglen && !ctx.dict) throw typeError(`not all arguments converted during ${hooks.bytes === true ? 'bytes' : 'string'} formatting`);
  return ctx.out;
}

function formatArg(ctx: Ctx, hooks: PercentHooks): void {
  const arg: Arg = { ch: at(ctx, ctx.pos), flags: 0, width: -1, prec: -1, sign: false };
  if (arg.ch === '%') {
    ctx.pos++;
    ctx.out += '%';
    return;
  }
  parseArg(ctx, arg, hooks);
  const s = formatValue(ctx, arg, hooks);
  if (s !== null) output(ctx, arg, s);
  if (ctx.dict && ctx.argidx < ctx.arglen) throw typeError(`not all arguments converted during ${hooks.bytes === true ? 'bytes' : 'string'} formatting`);
}

function readCh(ctx: Ctx, arg: Arg): void {
  arg.ch = at(ctx, ctx.pos);
  ctx.pos++;
}

function starArg(ctx: Ctx): number {
  const v = nextArg(ctx);
  if (!isInt(v)) throw typeError('* wants int');
  return Number(v);
}

function parseArg(ctx: Ctx, arg: Arg, hooks: PercentHooks): void {
  if (at(ctx, ctx.pos) === '(') {
    if (ctx.dict === null) throw typeError('format requires a mapping');
    ++ctx.pos;
    --ctx.cnt;
    const keystart = ctx.pos;
    let pcount = 1;
    while (pcount > 0 && --ctx.cnt >= 0) {
      arg.ch = at(ctx, ctx.pos);
      if (arg.ch === ')') --pcount;
      else if (arg.ch === '(') ++pcount;
      ctx.pos++;
    }
    const keylen = ctx.pos - keystart - 1;
    if (ctx.cnt < 0 || pcount > 0) throw valueError('incomplete format key');
    const key = Array.prototype.slice.call(ctx.fmt, keystart, keystart + keylen).join('');
    ctx.args = hooks.getItem(ctx.dict, key);
    ctx.items = null;
    ctx.arglen = -1;
    ctx.argidx = -2;
  }
  while (--ctx.cnt >= 0) {
    readCh(ctx, arg);
    const f = FLAG[arg.ch];
    if (f === undefined) break;
    arg.flags |= f;
  }
  if (arg.ch === '*') {
    arg.width = starArg(ctx);
    if (arg.width < 0) {
      arg.flags |= F_LJUST;
      arg.width = -arg.width;
    }
    if (--ctx.cnt >= 0) readCh(ctx, arg);
  } else if (arg.ch >= '0' && arg.ch <= '9') {
    arg.width = arg.ch.charCodeAt(0) - 48;
    while (--ctx.cnt >= 0) {
      readCh(ctx, arg);
      if (!(arg.ch >= '0' && arg.ch <= '9')) break;
      const d = arg.ch.charCodeAt(0) - 48;
      if (arg.width > (SSIZE_MAX - d) / 10) throw valueError('width too big');
      arg.width = arg.width * 10 + d;
    }
  }
  if (arg.ch === '.') {
    arg.prec = 0;
    if (--ctx.cnt >= 0) readCh(ctx, arg);
    if ((arg.ch as string) === '*') {
      const p = starArg(ctx);
      if (p > INT_MAX || p < -INT_MAX - 1) throw overflowError('Python int too large to convert to C int');
      arg.prec = p < 0 ? 0 : p;
      if (--ctx.cnt >= 0) readCh(ctx, arg);
    } else if (arg.ch >= '0' && arg.ch <= '9') {
      arg.prec = arg.ch.charCodeAt(0) - 48;
      while (--ctx.cnt >= 0) {
        readCh(ctx, arg);
        if (!(arg.ch >= '0' && arg.ch <= '9')) break;
        const d = arg.ch.charCodeAt(0) - 48;
        if (arg.prec > (INT_MAX - d) / 10) throw valueError('precision too big');
        arg.prec = arg.prec * 10 + d;
      }
    }
  }
  if (ctx.cnt >= 0 && (arg.ch === 'h' || arg.ch === 'l' || arg.ch === 'L')) {
    if (--ctx.cnt >= 0) readCh(ctx, arg);
  }
  if (ctx.cnt < 0) throw valueError('incomplete format');
}

const INT_CONV: Record<string, number> = { d: 10, i: 10, u: 10, o: 8, x: 16, X: 16 };
const FLOAT_CONV = new Set(['e', 'E', 'f', 'F', 'g', 'G']);

/** Returns the converted text, or null when it was written directly (fast path). */
function formatValue(ctx: Ctx, arg: Arg, hooks: PercentHooks): string | null {
  const v = nextArg(ctx);
  const ch = hooks.bytes === true && arg.ch === 'b' ? 's' : arg.ch;
  if (hooks.bytes === true && (ch === 's' || ch === 'r' || ch === 'a')) return ch === 's' ? hooks.str(v) : hooks.repr(v);
  if (ch === 's' || ch === 'r' || ch === 'a') {
    if ((typeof v === 'number' || typeof v === 'bigint') && arg.width === -1 && arg.prec === -1) {
      ctx.out += typeof v === 'bigint' ? intToStr(v) : String(v);
      return null;
    }
    if (typeof v === 'string' && ch === 's') return v;
    return ch === 's' ? hooks.str(v) : ch === 'r' ? hooks.repr(v) : hooks.ascii(v);
  }
  const base = INT_CONV[ch];
  if (base !== undefined) {
    const n = typeof v === 'number' || typeof v === 'bigint' ? v : typeof v === 'boolean' ? (v ? 1 : 0) : hooks.toIndexOrInt(v, ch);
    if (arg.width === -1 && arg.prec === -1 && !(arg.flags & (F_SIGN | F_BLANK)) && ch !== 'X' &&
        (typeof v === 'number' || typeof v === 'bigint')) {
      if (base === 10) ctx.out += typeof n === 'bigint' ? intToStr(n) : String(n);
      else {
        const neg = n < 0;
        const digits = (neg ? -n : n).toString(base);
        ctx.out += (neg ? '-' : '') + (arg.flags & F_ALT ? (base === 8 ? '0o' : '0x') : '') + digits;
      }
      return null;
    }
    arg.sign = true;
    return formatLong(n, (arg.flags & F_ALT) !== 0, arg.prec, ch);
  }
  if (FLOAT_CONV.has(ch)) {
    const x = typeof v === 'number' ? v : hooks.toFloat(v, ch);
    const s = doubleToString(x, ch, arg.prec < 0 ? 6 : arg.prec, { alt: (arg.flags & F_ALT) !== 0 });
    if (arg.width === -1 && arg.prec === -1 && !(arg.flags & (F_SIGN | F_BLANK))) {
      ctx.out += s;
      return null;
    }
    arg.sign = true;
    return s;
  }
  if (ch === 'c') {
    const c = formatChar(v, hooks);
    if (arg.width === -1 && arg.prec === -1) {
      ctx.out += c;
      return null;
    }
    return c;
  }
  const cp = ch.codePointAt(0)!;
  const shown = cp >= 31 && cp <= 126 ? ch : '?';
  throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${ctx.pos - 1}`);
}

function formatChar(v: unknown, hooks: PercentHooks): string {
  if (typeof v === 'string') {
    if (pyLen(v) === 1) return v;
    throw typeError('%c requires int or char');
  }
  let n: PyInt;
  if (typeof v === 'number' || typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') n = v ? 1 : 0;
  else {
    try {
      n = hooks.toIndexOrInt(v, 'c');
    } catch (e) {
      if (e instanceof Error && (e as { pyType?: string }).pyType === 'TypeError') {
        throw typeError('%c requires int or char');
      }
      throw e;
    }
  }
  if (typeof n === 'bigint' || n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(n);
}

/** CPython's _PyUnicode_FormatLong: sign, optional 0x/0o, zeros up to prec. */
function formatLong(v: PyInt, alt: boolean, prec: number, type: string): string {
  const base = INT_CONV[type]!;
  const neg = v < 0;
  let digits = base === 10 && typeof v === 'bigint' ? intToStr(neg ? -v : v) : (neg ? -v : v).toString(base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  const s = (neg ? '-' : '') + prefix + digits;
  return type === 'X' ? s.toUpperCase() : s;
}

/** CPython's unicode_format_arg_output: width, sign, zero fill, 0x prefix. */
function output(ctx: Ctx, arg: Arg, str: string): void {
  const fill = arg.sign && arg.flags & F_ZERO ? '0' : ' ';
  const cps: ArrayLike<string> = hasSurrogates(str) ? codePoints(str) : str;
  let len = cps.length;
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (F_SIGN | F_BLANK))) {
    ctx.out += str;
    return;
  }
  if ((arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') && arg.prec >= 0 && len > arg.prec) len = arg.prec;
  let pindex = 0;
  let signchar = '';
  let sign = arg.sign;
  if (sign) {
    const c = cps[0];
    if (c === '-' || c === '+') {
      signchar = c;
      len--;
      pindex++;
    } else if (arg.flags & F_SIGN) signchar = '+';
    else if (arg.flags & F_BLANK) signchar = ' ';
    else sign = false;
  }
  let width = arg.width < len ? len : arg.width;
  let out = '';
  const altHex = (arg.flags & F_ALT) !== 0 && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  if (altHex) {
    if (fill !== ' ') {
      out += '0' + arg.ch;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(arg.flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (altHex) {
      out += '0' + arg.ch;
      pindex += 2;
    }
  }
  if (len > 0) {
    out += typeof cps === 'string' ? cps.slice(pindex, pindex + len) : Array.prototype.slice.call(cps, pindex, pindex + len).join('');
  }
  if (width > len) out += ' '.repeat(width - len);
  ctx.out += out;
}
