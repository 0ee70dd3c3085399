/**
 * A code object: the compiled form of a module, function, class body, lambda or
 * comprehension. Immutable once built and shared by every process that runs it
 * (fork clones heaps, never code).
 */
import { PyObject, type Value } from './object.js';
import { T } from './types.js';

export const enum CodeFlags {
  VARARGS = 1,
  VARKEYWORDS = 2,
  GENERATOR = 4,
  /** A class body: names go to the namespace dict. */
  CLASS_BODY = 8,
  MODULE = 16,
  /** Uses zero-argument super() or __class__. */
  NEEDS_CLASS = 32,
}

export class Code extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstLine: number,
    /** Instructions: op | arg << 8. */
    readonly ops: Int32Array,
    /** Source line of each instruction. */
    readonly lines: Int32Array,
    /** Source span of each instruction, 4 ints each: line, col, endLine, endCol (for carets). */
    readonly spans: Int32Array,
    readonly consts: Value[],
    readonly names: string[],
    /** Local variables, parameters first. */
    readonly varnames: string[],
    readonly cellvars: string[],
    readonly freevars: string[],
    /** For each cellvar: the index of the parameter it starts as, or -1. */
    readonly cellParams: Int32Array,
    readonly argcount: number,
    readonly posonlyCount: number,
    readonly kwonlyCount: number,
    readonly flags: number,
    readonly stacksize: number,
    readonly doc: Value,
    /** Stack depth before each instruction (-1: unreachable; empty: not static); the JIT turns pushes into fixed slots. */
    readonly depths: Int16Array,
  ) {
    super(T.code);
  }

  /** How often frames of this code started (tiering up to compiled JavaScript). */
  heat = 0;
  /** The compiled form (vm/jit.ts), once hot; null until then. */
  jit: ((th: unknown, f: unknown) => number) | null = null;

  get isGenerator(): boolean {
    return (this.flags & CodeFlags.GENERATOR) !== 0;
  }

  /** Slots a frame needs: locals then the value stack. */
  get frameSize(): number {
    return this.varnames.length + this.stacksize;
  }
}
