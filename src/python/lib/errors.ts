/**
 * The one error type the helper libraries throw.
 *
 * A `PyLibError` is the guest program's error, not ours: the VM catches it and
 * raises the Python exception named by `pyType` with `message` as its text.
 * Messages are CPython 3.11's exact wording, so tracebacks match byte for byte.
 */
export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'IndexError'
  | 'KeyError'
  | 'RecursionError';

export class PyLibError extends Error {
  readonly pyType: PyErrorType;

  /**
   * Made without a JS stack trace: guest programs raise these in loops (`int('x')` in a
   * try), where capturing V8's stack was most of the cost, and nobody reads it (the VM
   * turns it into a Python exception with a Python traceback).
   */
  constructor(pyType: PyErrorType, message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.pyType = pyType;
    this.name = 'PyLibError';
  }
}

/** Shorthands: keep the call sites one line long. */
export const valueError = (msg: string): PyLibError => new PyLibError('ValueError', msg);
export const typeError = (msg: string): PyLibError => new PyLibError('TypeError', msg);
export const overflowError = (msg: string): PyLibError => new PyLibError('OverflowError', msg);
export const zeroDivisionError = (msg: string): PyLibError => new PyLibError('ZeroDivisionError', msg);
export const indexError = (msg: string): PyLibError => new PyLibError('IndexError', msg);
