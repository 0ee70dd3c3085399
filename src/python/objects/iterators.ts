/**
 * The builtin iterator objects. Each holds its position explicitly (no JS
 * iterators inside), so that a fork clones it mid-iteration. `next` behaviour is
 * in runtime/iter.ts.
 */
import { PyObject, type Value } from './object.js';
import { T } from './types.js';
import type { Entry, PyDict } from './dict.js';
import type { PySet } from './set.js';
import type { PyInt } from '../lib/pyint.js';

/** list, tuple and bytes iterators (and reversed() over a sequence). */
export class SeqIter extends PyObject {
  constructor(
    readonly seq: PyObject,
    public i: number,
    readonly reverse: boolean,
    kind: string,
  ) {
    super(T[kind]!);
  }
}

export class StrIter extends PyObject {
  constructor(
    readonly s: string,
    public i = 0,
  ) {
    // CPython 3.11 has a separate iterator type for ASCII strings.
    super(/^[\x00-\x7f]*$/.test(s) ? T.str_ascii_iterator! : T.str_iterator);
  }
}

export class RangeIter extends PyObject {
  constructor(
    public next: PyInt,
    readonly step: PyInt,
    public left: PyInt,
  ) {
    super(T.range_iterator);
  }
}

/** Iterates a dict's keys (0), values (1) or items (2), from a snapshot of its entries. */
export class DictIter extends PyObject {
  constructor(
    readonly d: PyDict,
    readonly entries: Entry[],
    readonly kind: 0 | 1 | 2,
    public i = 0,
    readonly size = d.size,
  ) {
    super(T[['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'][kind]!]!);
  }
}

export class SetIter extends PyObject {
  constructor(
    readonly s: PySet,
    readonly items: Value[],
    public i = 0,
    readonly used = s.used,
  ) {
    super(T.set_iterator);
  }
}

export class EnumerateIter extends PyObject {
  constructor(
    readonly it: Value,
    public count: PyInt,
  ) {
    super(T.enumerate);
  }
}

export class ZipIter extends PyObject {
  constructor(
    readonly its: Value[],
    readonly strict: boolean,
  ) {
    super(T.zip);
  }
}

export class MapIter extends PyObject {
  constructor(
    readonly fn: Value,
    readonly its: Value[],
  ) {
    super(T.map);
  }
}

export class FilterIter extends PyObject {
  constructor(
    readonly fn: Value,
    readonly it: Value,
  ) {
    super(T.filter);
  }
}

/** iter(callable, sentinel). */
export class CallableIter extends PyObject {
  done = false;
  constructor(
    readonly fn: Value,
    readonly sentinel: Value,
  ) {
    super(T.callable_iterator);
  }
}

/** dict.keys()/values()/items() views. */
export class DictView extends PyObject {
  constructor(
    readonly d: PyDict,
    readonly kind: 0 | 1 | 2,
  ) {
    super([T.dict_keys, T.dict_values, T.dict_items][kind]!);
  }
}
