/**
 * Assignment targets: storing the value on top of the stack into a name,
 * attribute, subscript or (starred) unpacking pattern; `del`; augmented assignment.
 */
import type { Expr, StmtOf } from '../parse/ast.js';
import type { Compiler } from './compiler.js';
import { Op } from './opcodes.js';
import { BinOp, INPLACE } from '../runtime/operators.js';

export const BINOPS: Record<string, BinOp> = {
  add: BinOp.ADD,
  sub: BinOp.SUB,
  mul: BinOp.MUL,
  matmul: BinOp.MATMUL,
  truediv: BinOp.TRUEDIV,
  floordiv: BinOp.FLOORDIV,
  mod: BinOp.MOD,
  pow: BinOp.POW,
  lshift: BinOp.LSHIFT,
  rshift: BinOp.RSHIFT,
  and: BinOp.AND,
  or: BinOp.OR,
  xor: BinOp.XOR,
};

/** Stores TOS into `t` (popping it). */
export function store(c: Compiler, t: Expr): void {
  const saved = c.asm.span;
  c.at(t);
  switch (t.kind) {
    case 'Name':
      c.nameOp(t.id, 'store');
      break;
    case 'Attribute':
      c.expr(t.value);
      c.at(t);
      c.emit(Op.STORE_ATTR, c.asm.nameIdx(c.mangle(t.attr)));
      break;
    case 'Subscript':
      c.expr(t.value);
      subscriptKey(c, t.slice);
      c.at(t);
      c.emit(Op.STORE_SUBSCR);
      break;
    case 'Tuple':
    case 'List': {
      const star = t.elts.findIndex((e) => e.kind === 'Starred');
      if (star < 0) c.emit(Op.UNPACK_SEQUENCE, t.elts.length);
      else {
        const after = t.elts.length - star - 1;
        if (star >= 256 || after >= 1 << 15) c.error(t, 'too many expressions in star-unpacking assignment');
        c.emit(Op.UNPACK_EX, star | (after << 8));
      }
      for (const e of t.elts) store(c, e.kind === 'Starred' ? e.value : e);
      break;
    }
    default:
      c.error(t, 'cannot assign to expression');
  }
  c.asm.span = saved;
}

/** Compiles a subscript key: a slice becomes BUILD_SLICE. */
export function subscriptKey(c: Compiler, k: Expr): void {
  if (k.kind === 'Tuple' && k.elts.some((e) => e.kind === 'Slice')) {
    for (const e of k.elts) subscriptKey(c, e);
    c.emit(Op.BUILD_TUPLE, k.elts.length);
    return;
  }
  if (k.kind !== 'Slice') {
    c.expr(k);
    return;
  }
  for (const part of [k.lower, k.upper]) {
    if (part) c.expr(part);
    else c.loadConst(null);
  }
  if (k.step) {
    c.expr(k.step);
    c.emit(Op.BUILD_SLICE, 3);
  } else c.emit(Op.BUILD_SLICE, 2);
}

export function del(c: Compiler, t: Expr): void {
  c.at(t);
  switch (t.kind) {
    case 'Name':
      c.nameOp(t.id, 'del');
      return;
    case 'Attribute':
      c.expr(t.value);
      c.at(t);
      c.emit(Op.DELETE_ATTR, c.asm.nameIdx(c.mangle(t.attr)));
      return;
    case 'Subscript':
      c.expr(t.value);
      subscriptKey(c, t.slice);
      c.at(t);
      c.emit(Op.DELETE_SUBSCR);
      return;
    case 'Tuple':
    case 'List':
      for (const e of t.elts) del(c, e);
      return;
    default:
      c.error(t, 'cannot delete expression');
  }
}

export function augAssign(c: Compiler, s: StmtOf<'AugAssign'>): void {
  const op = BINOPS[s.op]! + INPLACE;
  const t = s.target;
  switch (t.kind) {
    case 'Name':
      c.at(t);
      c.nameOp(t.id, 'load');
      c.expr(s.value);
      c.at(s);
      c.emit(Op.BINARY_OP, op);
      c.at(t);
      c.nameOp(t.id, 'store');
      return;
    case 'Attribute': {
      const name = c.asm.nameIdx(c.mangle(t.attr));
      c.expr(t.value);
      c.emit(Op.DUP_TOP);
      c.at(t);
      c.emit(Op.LOAD_ATTR, name);
      c.expr(s.value);
      c.at(s);
      c.emit(Op.BINARY_OP, op);
      c.emit(Op.ROT_TWO);
      c.at(t);
      c.emit(Op.STORE_ATTR, name);
      return;
    }
    case 'Subscript':
      c.expr(t.value);
      subscriptKey(c, t.slice);
      c.emit(Op.DUP_TOP_TWO);
      c.at(t);
      c.emit(Op.BINARY_SUBSCR);
      c.expr(s.value);
      c.at(s);
      c.emit(Op.BINARY_OP, op);
      c.emit(Op.ROT_THREE);
      c.at(t);
      c.emit(Op.STORE_SUBSCR);
      return;
    default:
      c.error(t, `'${t.kind}' is an illegal expression for augmented assignment`);
  }
}
