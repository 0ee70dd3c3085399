/** Traceback objects (`e.__traceback__`, `__exit__`'s third argument): a view of an exception's entries. */
import type { TbEntry } from '../objects/exceptions.js';
import { PyBaseException } from '../objects/exceptions.js';
import { getsets, methods } from '../objects/native.js';
import { PyObject, type Value } from '../objects/object.js';
import { T } from '../objects/types.js';
import { addr } from '../runtime/repr.js';

export class PyTraceback extends PyObject {
  constructor(
    /** Innermost first, as PyBaseException keeps them. */
    readonly entries: TbEntry[],
    /** Position from the outermost entry. */
    readonly at: number,
  ) {
    super(T.traceback!);
  }

  get entry(): TbEntry {
    return this.entries[this.entries.length - 1 - this.at]!;
  }
}

/** The traceback of an exception, or None when it was never raised. */
/** A view of the traceback as it is now (later frames the exception passes through are not in it, as in CPython). */
export const tracebackOf = (e: PyBaseException): Value => (e.tb.length === 0 ? null : new PyTraceback(e.tb.slice(), 0));

const tb = (v: Value): PyTraceback => v as PyTraceback;
getsets(T.traceback!, {
  tb_lineno: (_th, v) => tb(v).entry.line,
  tb_lasti: (_th, v) => tb(v).entry.ip * 2,
  tb_next: (_th, v) => (tb(v).at + 1 < tb(v).entries.length ? new PyTraceback(tb(v).entries, tb(v).at + 1) : null),
  tb_frame: () => null,
});
methods(T.traceback!, {
  __repr__: (_th, a) => `<traceback object at ${addr(a[0]!)}>`,
});
