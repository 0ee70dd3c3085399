/** pickle's exception classes (they print as `_pickle.PicklingError`). */
import { E } from '../objects/exceptions.js';
import type { PyClass } from '../objects/object.js';
import { T } from '../objects/types.js';
import { builtinClass } from '../objects/boot.js';

function excClass(name: string, base: PyClass): PyClass {
  const cls = builtinClass(`_pickle.${name}`, base, null, '_pickle', name);
  delete T[`_pickle.${name}`];
  return cls;
}

const PickleError = excClass('PickleError', E.Exception!);

export const PickleErrors = {
  PickleError,
  PicklingError: excClass('PicklingError', PickleError),
  UnpicklingError: excClass('UnpicklingError', PickleError),
};
