/** A complex number: two doubles (methods in types/complex-methods.ts). */
import { PyClass, PyObject } from './object.js';
import { T } from './types.js';

export class PyComplex extends PyObject {
  constructor(
    readonly re: number,
    readonly im: number,
    cls: PyClass = T.complex,
  ) {
    super(cls);
  }
}
