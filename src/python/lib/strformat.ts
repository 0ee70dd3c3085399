/**
 * `str.format` / `format_map` templates, as CPython 3.11's
 * Objects/stringlib/unicode_format.h parses and renders them.
 *
 * CPython parses lazily while rendering, so which error a bad call raises
 * depends on order: '{} {'.format() raises IndexError for the first field
 * before noticing the lone '{'. A compiled template therefore keeps each
 * error at the point where CPython would raise it, and `renderTemplate`
 * throws it only when it gets there. `parseFormatTemplate` is the eager
 * variant for callers that just want to validate.
 */
import { indexError, PyLibError, valueError } from './errors.js';
import { codePoints, hasSurrogates } from './codepoints.js';
import { decimalValue } from './unicode.js';

/** One step after the first name: `.attr` or `[key]` (key int when all digits). */
export type Accessor = { attr: string } | { index: string | number };

export interface TemplateField {
  kind: 'field';
  /** The text before the first '.' or '[' ('' for auto-numbering). */
  name: string;
  /** Positional index (auto-numbered or written); null for keyword names. */
  argIndex: number | null;
  path: Accessor[];
  /** Raised after applying `path` (bad accessor syntax later in the name). */
  pathError: PyLibError | null;
  /** The character after '!', if any (validated at render time, as CPython does). */
  conversion: string | null;
  /** The spec as written, and parsed as a sub-template (nested `{}` fields). */
  specText: string;
  spec: TemplateItem[];
}

export type TemplateItem = string | TemplateField | { kind: 'error'; error: PyLibError };

const SSIZE_MAX = 9223372036854775807n;

/** CPython's get_integer on a field-name part: -1 unless all decimal digits. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    acc = acc * 10n + BigInt(d);
    if (acc > SSIZE_MAX) throw valueError('Too many decimal digits in format string');
  }
  return Number(acc);
}

type Auto = { state: 'init' | 'auto' | 'manual'; next: number };

class Scanner {
  readonly cps: ArrayLike<string>;
  constructor(
    s: string,
    public pos: number,
    readonly end: number,
  ) {
    this.cps = hasSurrogates(s) ? codePoints(s) : s;
  }
  text(a: number, b: number): string {
    return typeof this.cps === 'string' ? this.cps.slice(a, b) : Array.prototype.slice.call(this.cps, a, b).join('');
  }
}

/** field_name_split + FieldNameIterator, errors kept in place. */
function splitFieldName(name: string, auto: Auto): Omit<TemplateField, 'kind' | 'conversion' | 'specText' | 'spec'> {
  const cps = hasSurrogates(name) ? codePoints(name) : name;
  const n = cps.length;
  let i = 0;
  while (i < n && cps[i] !== '.' && cps[i] !== '[') i++;
  const join = (a: number, b: number): string =>
    typeof cps === 'string' ? cps.slice(a, b) : (cps as string[]).slice(a, b).join('');
  const first = join(0, i);
  let idx = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || idx !== -1;
  if (numeric) {
    if (auto.state === 'init') auto.state = empty ? 'auto' : 'manual';
    if (auto.state === 'manual' && empty) {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state !== 'manual' && !empty) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) idx = auto.next++;
  }
  const path: Accessor[] = [];
  let pathError: PyLibError | null = null;
  try {
    while (i < n) {
      const c = cps[i++];
      let part: string;
      if (c === '.') {
        const start = i;
        while (i < n && cps[i] !== '.' && cps[i] !== '[') i++;
        part = join(start, i);
        if (part === '') throw valueError('Empty attribute in format string');
        path.push({ attr: part });
      } else if (c === '[') {
        const start = i;
        while (i < n && cps[i] !== ']') i++;
        if (i >= n) throw valueError("Missing ']' in format string");
        part = join(start, i);
        i++;
        const k = getInteger(part);
        if (part === '') throw valueError('Empty attribute in format string');
        path.push({ index: k === -1 ? part : k });
      } else {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  } catch (e) {
    if (!(e instanceof PyLibError)) throw e;
    pathError = e;
  }
  return { name: first, argIndex: numeric ? idx : null, path, pathError };
}

/** MarkupIterator over s[pos:end] at the given recursion depth. */
function scan(s: string, start: number, end: number, depth: number, auto: Auto, sc?: Scanner): TemplateItem[] {
  const items: TemplateItem[] = [];
  if (depth <= 0) {
    items.push({ kind: 'error', error: valueError('Max string recursion exceeded') });
    return items;
  }
  const str = sc ?? new Scanner(s, start, end);
  str.pos = start;
  const cps = str.cps;
  try {
    while (str.pos < end) {
      const litStart = str.pos;
      let c = '';
      let markup = false;
      while (str.pos < end) {
        c = cps[str.pos++]!;
        if (c === '{' || c === '}') {
          markup = true;
          break;
        }
      }
      const atEnd = str.pos >= end;
      let len = str.pos - litStart;
      if (c === '}' && markup && (atEnd || cps[str.pos] !== '}')) throw valueError("Single '}' encountered in format string");
      if (atEnd && c === '{' && markup) throw valueError("Single '{' encountered in format string");
      if (!atEnd) {
        if (cps[str.pos] === c && markup) {
          str.pos++;
          markup = false;
        } else if (markup) len--;
      }
      if (len > 0) items.push(str.text(litStart, litStart + len));
      if (!markup) continue;
      items.push(parseField(s, str, end, depth, auto));
    }
  } catch (e) {
    if (!(e instanceof PyLibError)) throw e;
    items.push({ kind: 'error', error: e });
  }
  return items;
}

/** parse_field, then the field-name split and the nested spec. */
function parseField(s: string, str: Scanner, end: number, depth: number, auto: Auto): TemplateItem {
  const cps = str.cps;
  const nameStart = str.pos;
  let c = '';
  let stopped = false;
  while (str.pos < end) {
    c = cps[str.pos++]!;
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (str.pos < end && cps[str.pos] !== ']') str.pos++;
      continue;
    }
    if (c === '}' || c === ':' || c === '!') {
      stopped = true;
      break;
    }
  }
  const name = str.text(nameStart, stopped ? str.pos - 1 : str.pos - 1);
  let conversion: string | null = null;
  let specStart = -1;
  let specEnd = -1;
  if (stopped && (c === '!' || c === ':')) {
    let wantSpec = true;
    if (c === '!') {
      if (str.pos >= end) throw valueError('end of string while looking for conversion specifier');
      conversion = cps[str.pos++]!;
      if (str.pos < end) {
        const c2 = cps[str.pos++]!;
        if (c2 === '}') wantSpec = false;
        else if (c2 !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    if (wantSpec) {
      specStart = str.pos;
      let count = 1;
      for (;;) {
        if (str.pos >= end) throw valueError("unmatched '{' in format spec");
        const ch = cps[str.pos++]!;
        if (ch === '{') count++;
        else if (ch === '}' && --count === 0) {
          specEnd = str.pos - 1;
          break;
        }
      }
    }
  } else if (!stopped || c !== '}') {
    throw valueError("expected '}' before end of string");
  }
  let split: ReturnType<typeof splitFieldName>;
  try {
    split = splitFieldName(name, auto);
  } catch (e) {
    if (!(e instanceof PyLibError)) throw e;
    return { kind: 'error', error: e };
  }
  const specText = specStart >= 0 ? str.text(specStart, specEnd) : '';
  let spec: TemplateItem[] = [];
  if (specText.includes('{')) {
    const save = str.pos;
    spec = scan(s, specStart, specEnd, depth - 1, auto, str);
    str.pos = save;
  } else if (specText !== '') spec = [specText];
  return { kind: 'field', ...split, conversion, specText, spec };
}

const compiled = new Map<string, TemplateItem[]>();

/**
 * Compile a template (cached per string). Errors are kept as items at the
 * point where CPython would raise them; see renderTemplate.
 */
export function compileFormatTemplate(s: string): TemplateItem[] {
  const hit = compiled.get(s);
  if (hit !== undefined) return hit;
  const items = scan(s, 0, hasSurrogates(s) ? codePoints(s).length : s.length, 2, { state: 'init', next: 0 });
  if (compiled.size < 4096) compiled.set(s, items);
  return items;
}

const CONVERSIONS = new Set(['r', 's', 'a']);

function conversionError(conv: string): PyLibError {
  const cp = conv.codePointAt(0)!;
  return valueError(`Unknown conversion specifier ${cp > 32 && cp < 127 ? conv : '\\x' + cp.toString(16)}`);
}

function firstError(items: TemplateItem[]): PyLibError | null {
  for (const it of items) {
    if (typeof it === 'string') continue;
    if (it.kind === 'error') return it.error;
    if (it.pathError) return it.pathError;
    if (it.conversion !== null && !CONVERSIONS.has(it.conversion)) return conversionError(it.conversion);
    const inner = firstError(it.spec);
    if (inner) return inner;
  }
  return null;
}

/** Parse eagerly: the items, or CPython's first template error thrown. */
export function parseFormatTemplate(s: string): TemplateItem[] {
  const items = compileFormatTemplate(s);
  const err = firstError(items);
  if (err) throw err;
  return items;
}

/** Looks up a field's object (first name, then path). */
export type ResolveField = (field: TemplateField) => unknown;
/** Applies the conversion (if any) and format(value, spec). */
export type FormatValue = (value: unknown, conversion: 'r' | 's' | 'a' | null, spec: string) => string;

/** Render a template: the driver of `str.format`, in CPython's order. */
export function renderTemplate(t: string | TemplateItem[], resolveField: ResolveField, formatValue: FormatValue): string {
  const items = typeof t === 'string' ? compileFormatTemplate(t) : t;
  let out = '';
  for (const it of items) {
    if (typeof it === 'string') {
      out += it;
      continue;
    }
    if (it.kind === 'error') throw it.error;
    const value = resolveField(it);
    if (it.conversion !== null && !CONVERSIONS.has(it.conversion)) throw conversionError(it.conversion);
    const spec = it.spec.length === 0 ? '' : it.spec.length === 1 && typeof it.spec[0] === 'string'
      ? it.spec[0]
      : renderTemplate(it.spec, resolveField, formatValue);
    out += formatValue(value, it.conversion as 'r' | 's' | 'a' | null, spec);
  }
  return out;
}

export interface FieldHooks {
  /** Positional arguments, or null for format_map. */
  args: readonly unknown[] | null;
  /** kwargs[name]; throws the VM's KeyError (KeyError('name')). */
  getKwarg(name: string): unknown;
  getAttr(obj: unknown, name: string): unknown;
  getItem(obj: unknown, key: string | number): unknown;
}

/** A ResolveField with CPython's lookup order and messages. */
export function fieldResolver(h: FieldHooks): ResolveField {
  return (f) => {
    let obj: unknown;
    if (f.argIndex === null) obj = h.getKwarg(f.name);
    else {
      if (h.args === null) throw valueError('Format string contains positional fields');
      if (f.argIndex >= h.args.length) {
        throw indexError(`Replacement index ${f.argIndex} out of range for positional args tuple`);
      }
      obj = h.args[f.argIndex];
    }
    for (const step of f.path) obj = 'attr' in step ? h.getAttr(obj, step.attr) : h.getItem(obj, step.index);
    if (f.pathError) throw f.pathError;
    return obj;
  };
}
