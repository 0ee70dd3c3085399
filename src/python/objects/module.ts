/** Module objects: a name and a namespace dict (its globals). */
import { PyObject } from './object.js';
import { PyDict } from './dict.js';
import { T } from './types.js';

export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    ns?: PyDict,
  ) {
    super(T.module, ns ?? new PyDict());
    if (this.dict!.getStr('__name__') === undefined) this.dict!.setStr('__name__', name);
  }

  get ns(): PyDict {
    return this.dict!;
  }
}
