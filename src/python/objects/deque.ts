/** collections.deque: a list with cheap ends (an array is fine at these sizes) and an optional maxlen. */
import { PyDict } from './dict.js';
import { type PyClass, PyObject, type Value } from './object.js';

export class PyDeque extends PyObject {
  items: Value[] = [];
  maxlen: number | null = null;
  constructor(cls: PyClass) {
    super(cls, cls.builtin ? null : new PyDict());
  }

  /** Drops items from the other end beyond maxlen. */
  trim(fromLeft: boolean): void {
    if (this.maxlen === null) return;
    while (this.items.length > this.maxlen) {
      if (fromLeft) this.items.shift();
      else this.items.pop();
    }
  }
}
