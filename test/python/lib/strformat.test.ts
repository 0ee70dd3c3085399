import { describe, expect, it } from 'vitest';
import { PyLibError } from '../../../src/python/lib/errors.js';
import { formatFloat, formatInt, formatStr } from '../../../src/python/lib/formatspec.js';
import { fieldResolver, parseFormatTemplate, renderTemplate } from '../../../src/python/lib/strformat.js';
import { ascii, decArg, PyDict, PyFloat, PyList, PyTuple, repr, str, typeName, type ArgEnc } from './pyvalues.js';
import { loadVectors, outcomeMismatch, type Outcome } from './vectors.js';

const v = loadVectors<{ args: [ArgEnc, ArgEnc]; cases: [string, boolean, Outcome][] }>('strformat');
const args = (decArg(v.args[0]) as PyTuple).items;
const kw = decArg(v.args[1]) as PyDict;

const err = (t: string, m: string): PyLibError => new PyLibError(t as PyLibError['pyType'], m);

function getItem(obj: unknown, key: string | number): unknown {
  if (obj instanceof PyDict) {
    if (typeof key === 'number' || !obj.map.has(key)) throw err('KeyError', typeof key === 'number' ? String(key) : repr(key));
    return obj.map.get(key);
  }
  if (obj instanceof PyList || obj instanceof PyTuple || typeof obj === 'string') {
    const name = typeName(obj);
    if (typeof key === 'string') throw err('TypeError', `${name} indices must be integers or slices, not str`);
    const seq = typeof obj === 'string' ? Array.from(obj) : obj.items;
    if (key >= seq.length) throw err('IndexError', `${name === 'str' ? 'string' : name} index out of range`);
    return seq[key];
  }
  throw err('TypeError', `'${typeName(obj)}' object is not subscriptable`);
}

function getAttr(obj: unknown, name: string): unknown {
  if (name === 'real' && (typeof obj === 'number' || typeof obj === 'bigint')) return obj;
  if (name === 'imag' && obj instanceof PyFloat) return new PyFloat(0);
  if (name === 'imag' && typeof obj === 'number') return 0;
  if (name === 'real' && obj instanceof PyFloat) return obj;
  throw err('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
}

function formatValue(value: unknown, conv: 'r' | 's' | 'a' | null, spec: string): string {
  const x = conv === 'r' ? repr(value) : conv === 's' ? str(value) : conv === 'a' ? ascii(value) : value;
  if (typeof x === 'string') return formatStr(x, spec);
  if (typeof x === 'boolean') return formatInt(x, spec, 'bool');
  if (typeof x === 'number' || typeof x === 'bigint') return formatInt(x, spec, 'int');
  if (x instanceof PyFloat) return formatFloat(x.v, spec, 'float');
  if (spec !== '') throw err('TypeError', `unsupported format string passed to ${typeName(x)}.__format__`);
  return str(x);
}

describe('str.format templates', () => {
  it(`renders like CPython on ${v.cases.length} vectors`, () => {
    const bad: string[] = [];
    for (const [t, positional, want] of v.cases) {
      const resolve = fieldResolver({
        args: positional ? args : null,
        getKwarg: (name) => getItem(kw, name),
        getAttr,
        getItem,
      });
      const m = outcomeMismatch(want, () => renderTemplate(t, resolve, formatValue));
      if (m) bad.push(`${JSON.stringify(t)} (${positional ? 'format' : 'format_map'}): ${m}`);
    }
    expect(bad.slice(0, 30)).toEqual([]);
  });

  it('parses fields, paths, conversions and nested specs', () => {
    const items = parseFormatTemplate('a{0.x[1][k]!r:>{w}}b{{');
    expect(items[0]).toBe('a');
    expect(items[1]).toMatchObject({
      kind: 'field', name: '0', argIndex: 0, path: [{ attr: 'x' }, { index: 1 }, { index: 'k' }],
      conversion: 'r', specText: '>{w}',
    });
    expect(items.slice(2)).toEqual(['b{']);
    expect(() => parseFormatTemplate('{} {0}')).toThrow('cannot switch from automatic field numbering to manual field specification');
    expect(() => parseFormatTemplate('}')).toThrow("Single '}' encountered in format string");
  });
});
