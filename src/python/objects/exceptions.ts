/**
 * Exception objects and CPython 3.11's builtin exception hierarchy.
 *
 * A guest exception is a PyBaseException; builtins raise one by throwing it as a JS
 * value (`throw typeErr('...')`), and the VM unwinds Python frames to a handler.
 * JS errors that are not PyBaseExceptions are our bugs, never the guest's.
 */
import { PyObject, type PyClass, type Value } from './object.js';
import { PyDict } from './dict.js';
import { PyTuple, emptyTuple } from './tuple.js';
import type { Code } from './code.js';

/** One traceback entry: a frame's code and the line it was at. */
export interface TbEntry {
  code: Code;
  line: number;
  /** Index of the instruction (for caret positions). */
  ip: number;
  /** The frame (its names feed "Did you mean" suggestions). */
  frame: unknown;
}

export class PyBaseException extends PyObject {
  args: PyTuple = emptyTuple();
  /** Innermost first (entries are added as the exception leaves each frame). */
  tb: TbEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;

  constructor(cls: PyClass) {
    super(cls, new PyDict());
  }
}

/** The builtin exception classes by name. */
export const E = {} as Record<string, PyClass>;

/** [name, base] in creation order (CPython 3.11's tree). */
export const EXCEPTION_TREE: [string, string | null][] = [
  ['BaseException', null],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
];

/** The errno behind each OSError subclass (Linux numbers), and its strerror text. */
export const ERRNO: Record<string, [number, string]> = {
  FileNotFoundError: [2, 'No such file or directory'],
  ProcessLookupError: [3, 'No such process'],
  BlockingIOError: [11, 'Resource temporarily unavailable'],
  ChildProcessError: [10, 'No child processes'],
  PermissionError: [13, 'Permission denied'],
  FileExistsError: [17, 'File exists'],
  NotADirectoryError: [20, 'Not a directory'],
  IsADirectoryError: [21, 'Is a directory'],
  BrokenPipeError: [32, 'Broken pipe'],
  DirectoryNotEmpty: [39, 'Directory not empty'],
  BadFileDescriptor: [9, 'Bad file descriptor'],
  InvalidArgument: [22, 'Invalid argument'],
  OSError: [5, 'Input/output error'],
};

/** A new exception instance of a builtin class with the given args. */
export function newExc(cls: PyClass, args: Value[]): PyBaseException {
  const e = cls.alloc(cls) as PyBaseException;
  e.args = args.length === 0 ? emptyTuple() : new PyTuple(args);
  return e;
}

/** `cls(msg)`: what builtins throw. */
export const exc = (cls: PyClass, msg?: string): PyBaseException => newExc(cls, msg === undefined ? [] : [msg]);

/** Whether `e` is the host running out of stack (deeply nested data in a native). */
export const isStackOverflow = (e: unknown): boolean => e instanceof RangeError && /call stack/i.test(e.message);

/** CPython's RecursionError, `during` being what its recursion check adds (' in comparison', ...). */
export const recursionError = (during = ''): PyBaseException => exc(E.RecursionError!, `maximum recursion depth exceeded${during}`);

export const typeErr = (msg: string): PyBaseException => exc(E.TypeError!, msg);
export const valueErr = (msg: string): PyBaseException => exc(E.ValueError!, msg);
export const indexErr = (msg: string): PyBaseException => exc(E.IndexError!, msg);
export const keyErr = (key: Value): PyBaseException => newExc(E.KeyError!, [key]);
export const attrErr = (msg: string): PyBaseException => exc(E.AttributeError!, msg);
export const nameErr = (name: string): PyBaseException => {
  const e = exc(E.NameError!, `name '${name}' is not defined`);
  e.dict!.setStr('name', name);
  return e;
};
export const runtimeErr = (msg: string): PyBaseException => exc(E.RuntimeError!, msg);
export const zeroDivErr = (msg: string): PyBaseException => exc(E.ZeroDivisionError!, msg);
export const overflowErr = (msg: string): PyBaseException => exc(E.OverflowError!, msg);
export const stopIteration = (value: Value = null): PyBaseException => {
  const e = value === null ? newExc(E.StopIteration!, []) : newExc(E.StopIteration!, [value]);
  e.dict!.setStr('value', value);
  return e;
};

/** OSError subclass with errno, strerror and filename, as os and open() raise them (`code`: when not the class's usual errno). */
export function osErr(clsName: string, filename?: Value, code?: [number, string], filename2?: Value): PyBaseException {
  const [errno, strerror] = code ?? ERRNO[clsName] ?? [0, 'Error'];
  const args: Value[] = [errno, strerror];
  const e = newExc(E[clsName] ?? E.OSError!, args);
  e.dict!.setStr('errno', errno);
  e.dict!.setStr('strerror', strerror);
  e.dict!.setStr('filename', filename ?? null);
  e.dict!.setStr('filename2', filename2 ?? null);
  return e;
}

export const isExc = (v: unknown): v is PyBaseException => v instanceof PyBaseException;
