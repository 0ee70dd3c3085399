/** bytes: an immutable byte string. */
import { PyObject, type PyClass } from './object.js';
import { T } from './types.js';

export class PyBytes extends PyObject {
  constructor(
    readonly data: Uint8Array,
    cls?: PyClass,
  ) {
    super(cls ?? T.bytes);
  }
}
