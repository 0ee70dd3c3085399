/** callable(x): what the builtin answers, for natives that check an argument before keeping it. */
import { PyBuiltin, PyFunction, PyMethod } from '../objects/function.js';
import { PyClass, type Value } from '../objects/object.js';
import { typeOf } from '../objects/types.js';

export function isCallable(x: Value): boolean {
  return x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyMethod || x instanceof PyClass || typeOf(x).lookup('__call__') !== undefined;
}
