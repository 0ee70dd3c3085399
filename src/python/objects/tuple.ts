/** tuple and list: arrays of values. A subclass instance is the same object with another class. */
import { PyObject, type PyClass, type Value } from './object.js';
import { T } from './types.js';

export class PyTuple extends PyObject {
  constructor(
    readonly items: Value[],
    cls?: PyClass,
  ) {
    super(cls ?? T.tuple);
  }
}

export class PyList extends PyObject {
  constructor(
    public items: Value[],
    cls?: PyClass,
  ) {
    super(cls ?? T.list);
  }
}

/** The shared empty tuple. */
let empty: PyTuple | null = null;
export const emptyTuple = (): PyTuple => (empty ??= new PyTuple([]));
export const tuple = (items: Value[]): PyTuple => (items.length === 0 ? emptyTuple() : new PyTuple(items));
