/** range and slice objects (immutable). */
import { PyObject, type Value } from './object.js';
import { T } from './types.js';
import type { PyInt } from '../lib/pyint.js';

export class PyRange extends PyObject {
  constructor(
    readonly start: PyInt,
    readonly stop: PyInt,
    readonly step: PyInt,
  ) {
    super(T.range);
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: Value,
    readonly stop: Value,
    readonly step: Value,
  ) {
    super(T.slice);
  }
}
