/**
 * Instances of user subclasses of int, float and str (`class Upper(str)`): the
 * primitive value plus a class and an instance dict. Operations unwrap them.
 */
import { PyObject, type PyClass, type Value } from './object.js';
import type { PyDict } from './dict.js';

export class PyBoxed extends PyObject {
  constructor(
    cls: PyClass,
    dict: PyDict | null,
    public value: Value,
  ) {
    super(cls, dict);
  }
}

/** The primitive inside a boxed value (or the value itself). */
export const unbox = (v: Value): Value => (v instanceof PyBoxed ? v.value : v);
