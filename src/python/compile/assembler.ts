/**
 * The assembler: collects instructions with their source spans, constants and
 * names, resolves jump labels, and computes the stack depth a frame needs.
 */
import type { Span } from '../parse/ast.js';
import { PyFloat, type Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyComplex } from '../objects/complex.js';
import { Code } from '../objects/code.js';
import { genericCopy } from '../objects/slots.js';
import { NO_FALLTHROUGH, OPS, Op, encode } from './opcodes.js';

export class Label {
  pos = -1;
}

export class Assembler {
  private readonly ops: number[] = [];
  /** Jump instructions waiting for their label: instruction index → label. */
  private readonly jumps = new Map<number, Label>();
  private readonly spans: number[] = [];
  readonly consts: Value[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  /** Source position given to the next instructions. */
  span: Span;

  constructor(first: Span) {
    this.span = first;
  }

  get length(): number {
    return this.ops.length;
  }

  emit(op: Op, arg = 0): number {
    if (arg < 0 || arg >= 1 << 23) throw new Error(`assembler: argument ${arg} of ${OPS[op]!.name} out of range`);
    this.ops.push(encode(op, arg));
    const s = this.span;
    this.spans.push(s.line, s.col, s.endLine, s.endCol);
    return this.ops.length - 1;
  }

  jump(op: Op, label: Label): void {
    const i = this.emit(op, 0);
    this.jumps.set(i, label);
  }

  bind(label: Label): void {
    label.pos = this.ops.length;
  }

  /** The index of a constant; equal primitives (and floats, bytes) share a slot. */
  constIdx(v: Value): number {
    const key = constKey(v);
    const hit = this.constIndex.get(key);
    if (hit !== undefined) return hit;
    this.consts.push(v);
    this.constIndex.set(key, this.consts.length - 1);
    return this.consts.length - 1;
  }

  nameIdx(name: string): number {
    const hit = this.nameIndex.get(name);
    if (hit !== undefined) return hit;
    this.names.push(name);
    this.nameIndex.set(name, this.names.length - 1);
    return this.names.length - 1;
  }

  /** Builds the code object. */
  finish(meta: {
    name: string;
    qualname: string;
    filename: string;
    firstLine: number;
    varnames: string[];
    cellvars: string[];
    freevars: string[];
    argcount: number;
    posonlyCount: number;
    kwonlyCount: number;
    flags: number;
    doc: Value;
  }): Code {
    for (const [i, label] of this.jumps) {
      if (label.pos < 0) throw new Error('assembler: unbound label');
      this.ops[i] = this.ops[i]! | (label.pos << 8);
    }
    const ops = Int32Array.from(this.ops);
    const spans = Int32Array.from(this.spans);
    const lines = new Int32Array(ops.length);
    for (let i = 0; i < ops.length; i++) lines[i] = spans[i * 4]!;
    const cellParams = Int32Array.from(meta.cellvars.map((c) => {
      const i = meta.varnames.indexOf(c);
      const nparams = meta.argcount + meta.kwonlyCount + (meta.flags & 1 ? 1 : 0) + (meta.flags & 2 ? 1 : 0);
      return i >= 0 && i < nparams ? i : -1;
    }));
    const { max, depths } = stackDepth(ops);
    return new Code(
      meta.name,
      meta.qualname,
      meta.filename,
      meta.firstLine,
      ops,
      lines,
      spans,
      genericCopy(this.consts),
      this.names,
      meta.varnames,
      meta.cellvars,
      meta.freevars,
      cellParams,
      meta.argcount,
      meta.posonlyCount,
      meta.kwonlyCount,
      meta.flags,
      max,
      meta.doc,
      depths,
    );
  }
}

/** A key under which equal constants share a slot (1 and 1.0 and True stay apart). */
function constKey(v: Value): unknown {
  switch (typeof v) {
    case 'number':
      return Object.is(v, -0) ? 'i-0' : `i${v}`;
    case 'bigint':
      return `i${v}`;
    case 'string':
      return `s${v}`;
    case 'boolean':
      return v ? 'T' : 'F';
    default:
      if (v === null) return 'N';
      if (v instanceof PyFloat) return Object.is(v.v, -0) ? 'f-0' : `f${v.v}`;
      if (v instanceof PyBytes) return `b${Array.from(v.data).join(',')}`;
      if (v instanceof PyComplex) return `c${Object.is(v.re, -0) ? '-0' : v.re},${Object.is(v.im, -0) ? '-0' : v.im}`;
      return v;
  }
}

/**
 * The deepest the value stack gets, following every path (CPython's stackdepth()),
 * and the depth before each instruction (-1 where unreachable; empty when two
 * paths reach an instruction at different depths).
 */
function stackDepth(ops: Int32Array): { max: number; depths: Int16Array } {
  const depth = new Int32Array(ops.length + 1).fill(-1);
  const work: number[] = [];
  let max = 0;
  let consistent = true;
  const reach = (i: number, d: number): void => {
    if (d < 0) throw new Error(`assembler: negative stack depth at ${i}`);
    if (d > max) max = d;
    if (i > ops.length) return;
    if (depth[i] !== -1 && depth[i] !== d) consistent = false;
    if (depth[i]! >= d) return;
    depth[i] = d;
    work.push(i);
  };
  reach(0, 0);
  while (work.length > 0) {
    const i = work.pop()!;
    if (i >= ops.length) continue;
    const d = depth[i]!;
    const w = ops[i]!;
    const op = w & 0xff;
    const arg = w >> 8;
    const info = OPS[op]!;
    if (info.arg === 'jump') reach(arg, d + info.effect(arg, true));
    if (op === Op.JUMP) continue;
    if (!NO_FALLTHROUGH.has(op)) reach(i + 1, d + info.effect(arg, false));
  }
  // Paths that meet at different depths leave no static layout: no depths (no JIT).
  const depths = new Int16Array(consistent ? ops.length : 0);
  for (let i = 0; i < depths.length; i++) depths[i] = depth[i]!;
  return { max: max + 1, depths };
}
