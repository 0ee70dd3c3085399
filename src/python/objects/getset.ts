/**
 * Attributes of builtin objects computed by TypeScript (`f.__name__`, `cls.__mro__`,
 * `e.args`): a data descriptor living in the builtin class's namespace.
 */
import type { NativeResult } from './coro.js';
import { PyObject, type Value } from './object.js';
import { T } from './types.js';
import type { Thread } from '../objects/thread.js';

export type Getter = (th: Thread, obj: Value) => NativeResult;
export type Setter = (th: Thread, obj: Value, v: Value | undefined) => void;

export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly get: Getter,
    readonly set: Setter | null = null,
    readonly owner: string = '',
  ) {
    super(T.getset_descriptor!);
  }
}
