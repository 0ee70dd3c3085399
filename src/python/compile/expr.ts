/**
 * Expressions → bytecode: a table from expression kind to compile function, plus
 * conditional jumps (CPython's compiler_jump_if) and constant folding of literals.
 */
import type { CmpOpName, ConstValue, Expr, ExprKind, ExprOf, JoinedStr } from '../parse/ast.js';
import { Ellipsis } from '../objects/boot.js';
import { PyBytes } from '../objects/bytes.js';
import { PyFloat, type Value } from '../objects/object.js';
import { PyTuple } from '../objects/tuple.js';
import { T } from '../objects/types.js';
import { frozensetConst } from '../runtime/setconst.js';
import type { Label } from './assembler.js';
import type { Compiler } from './compiler.js';
import { callArgs, compileComprehension, compileLambda } from './defs.js';
import { Op } from './opcodes.js';
import { Cmp } from '../runtime/operators.js';
import { PyComplex } from '../objects/complex.js';
import { BINOPS, subscriptKey } from './targets.js';

type ExprCompiler<K extends ExprKind> = (c: Compiler, e: ExprOf<K>) => void;

export function constOf(v: ConstValue): Value {
  switch (v.t) {
    case 'int':
    case 'str':
    case 'bool':
      return v.v;
    case 'float':
      return new PyFloat(T.float, v.v);
    case 'complex':
      return new PyComplex(0, v.v);
    case 'bytes':
      return new PyBytes(v.v);
    case 'none':
      return null;
    case 'ellipsis':
      return Ellipsis;
  }
}

/** The value of a constant expression (literals, tuples of them, -literal), or undefined. */
export function constValue(e: Expr): Value | undefined {
  if (e.kind === 'Constant') return constOf(e.value);
  if (e.kind === 'UnaryOp' && e.op === 'neg' && e.operand.kind === 'Constant') {
    const v = e.operand.value;
    if (v.t === 'int') return typeof v.v === 'bigint' ? -v.v : v.v === 0 ? 0 : -v.v;
    if (v.t === 'float') return new PyFloat(T.float, -v.v);
  }
  if (e.kind === 'Tuple') {
    const items = e.elts.map(constValue);
    if (items.every((x) => x !== undefined)) return new PyTuple(items as Value[]);
  }
  return undefined;
}

const CMP: Record<CmpOpName, [Op, number]> = {
  lt: [Op.COMPARE_OP, Cmp.LT],
  le: [Op.COMPARE_OP, Cmp.LE],
  eq: [Op.COMPARE_OP, Cmp.EQ],
  ne: [Op.COMPARE_OP, Cmp.NE],
  gt: [Op.COMPARE_OP, Cmp.GT],
  ge: [Op.COMPARE_OP, Cmp.GE],
  is: [Op.IS_OP, 0],
  isnot: [Op.IS_OP, 1],
  in: [Op.CONTAINS_OP, 0],
  notin: [Op.CONTAINS_OP, 1],
};

function cmpOp(c: Compiler, op: CmpOpName): void {
  const [o, arg] = CMP[op];
  c.emit(o, arg);
}

/** Builds a list/tuple/set display, with `*x` items. */
function display(c: Compiler, elts: Expr[], kind: 'list' | 'tuple' | 'set'): void {
  const starred = elts.some((e) => e.kind === 'Starred');
  const build = kind === 'set' ? Op.BUILD_SET : kind === 'list' ? Op.BUILD_LIST : Op.BUILD_TUPLE;
  if (!starred) {
    if (elts.length > 2 && kind !== 'tuple') {
      const consts = elts.map(constValue);
      if (consts.every((v) => v !== undefined)) {
        // CPython folds constant displays of 3+ items the same way (and it shows in set order).
        c.emit(build, 0);
        if (kind === 'set') c.loadConst(frozensetConst(consts as Value[]));
        else c.loadConst(new PyTuple(consts as Value[]));
        c.emit(kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
        return;
      }
    }
    for (const e of elts) c.expr(e);
    c.emit(build, elts.length);
    return;
  }
  c.emit(kind === 'set' ? Op.BUILD_SET : Op.BUILD_LIST, 0);
  for (const e of elts) {
    if (e.kind === 'Starred') {
      c.expr(e.value);
      c.emit(kind === 'set' ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
    } else {
      c.expr(e);
      c.emit(kind === 'set' ? Op.SET_ADD : Op.LIST_APPEND, 1);
    }
  }
  if (kind === 'tuple') c.emit(Op.LIST_TO_TUPLE);
}

function joined(c: Compiler, e: JoinedStr): void {
  const parts = e.parts;
  if (parts.length === 0) {
    c.loadConst('');
    return;
  }
  for (const p of parts) {
    if (typeof p === 'string') {
      c.loadConst(p);
      continue;
    }
    c.expr(p.value);
    let flags = p.conversion === 's' ? 1 : p.conversion === 'r' ? 2 : p.conversion === 'a' ? 3 : 0;
    if (p.spec) {
      joined(c, p.spec);
      flags |= 4;
    }
    c.at(p);
    c.emit(Op.FORMAT_VALUE, flags);
  }
  if (parts.length > 1) c.emit(Op.BUILD_STRING, parts.length);
}

const EXPRS: { [K in ExprKind]: ExprCompiler<K> } = {
  Name: (c, e) => c.nameOp(e.id, 'load'),
  Constant: (c, e) => c.loadConst(constOf(e.value)),
  JoinedStr: joined,
  BinOp: (c, e) => {
    c.expr(e.left);
    c.expr(e.right);
    c.emit(Op.BINARY_OP, BINOPS[e.op]!);
  },
  UnaryOp: (c, e) => {
    const k = constValue(e);
    if (k !== undefined) {
      c.loadConst(k);
      return;
    }
    c.expr(e.operand);
    c.emit({ neg: Op.UNARY_NEGATIVE, pos: Op.UNARY_POSITIVE, not: Op.UNARY_NOT, invert: Op.UNARY_INVERT }[e.op]);
  },
  BoolOp: (c, e) => {
    const end = c.newLabel();
    const jump = e.op === 'and' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    e.values.forEach((v, i) => {
      c.expr(v);
      if (i < e.values.length - 1) c.jump(jump, end);
    });
    c.bind(end);
  },
  Compare: (c, e) => {
    c.expr(e.left);
    if (e.ops.length === 1) {
      c.expr(e.comparators[0]!);
      c.at(e);
      cmpOp(c, e.ops[0]!);
      return;
    }
    const cleanup = c.newLabel();
    const end = c.newLabel();
    for (let i = 0; i < e.ops.length - 1; i++) {
      c.expr(e.comparators[i]!);
      c.emit(Op.DUP_TOP);
      c.emit(Op.ROT_THREE);
      c.at(e);
      cmpOp(c, e.ops[i]!);
      c.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    c.expr(e.comparators[e.ops.length - 1]!);
    c.at(e);
    cmpOp(c, e.ops[e.ops.length - 1]!);
    c.jump(Op.JUMP, end);
    c.bind(cleanup);
    c.emit(Op.ROT_TWO);
    c.emit(Op.POP_TOP);
    c.bind(end);
  },
  Call: (c, e) => {
    const f = e.func;
    const plain = !e.args.some((a) => a.kind === 'Starred') && e.keywords.length === 0;
    if (f.kind === 'Attribute' && plain) {
      c.expr(f.value);
      c.at(f);
      c.emit(Op.LOAD_METHOD, c.asm.nameIdx(c.mangle(f.attr)));
      for (const a of e.args) c.expr(a);
      c.at(e);
      c.emit(Op.CALL_METHOD, e.args.length);
      return;
    }
    c.expr(f);
    callArgs(c, e.args, e.keywords, 0, e);
  },
  Attribute: (c, e) => {
    c.expr(e.value);
    c.emit(Op.LOAD_ATTR, c.asm.nameIdx(c.mangle(e.attr)));
  },
  Subscript: (c, e) => {
    c.expr(e.value);
    subscriptKey(c, e.slice);
    c.at(e);
    c.emit(Op.BINARY_SUBSCR);
  },
  Slice: (c, e) => c.error(e, 'invalid syntax'),
  Starred: (c, e) => c.error(e, "can't use starred expression here"),
  Tuple: (c, e) => {
    const k = constValue(e);
    if (k !== undefined) c.loadConst(k);
    else display(c, e.elts, 'tuple');
  },
  List: (c, e) => display(c, e.elts, 'list'),
  Set: (c, e) => display(c, e.elts, 'set'),
  Dict: (c, e) => {
    let pending = 0;
    let built = false;
    for (let i = 0; i < e.keys.length; i++) {
      const k = e.keys[i] as Expr | null;
      if (k === null) {
        if (!built || pending > 0) {
          c.emit(Op.BUILD_MAP, pending);
          if (built) c.emit(Op.DICT_UPDATE, 1);
          built = true;
          pending = 0;
        }
        c.expr(e.values[i]!);
        c.emit(Op.DICT_UPDATE, 1);
        continue;
      }
      c.expr(k);
      c.expr(e.values[i]!);
      pending++;
    }
    if (!built) c.emit(Op.BUILD_MAP, pending);
    else if (pending > 0) {
      c.emit(Op.BUILD_MAP, pending);
      c.emit(Op.DICT_UPDATE, 1);
    }
  },
  ListComp: compileComprehension,
  SetComp: compileComprehension,
  GeneratorExp: compileComprehension,
  DictComp: compileComprehension,
  IfExp: (c, e) => {
    const orelse = c.newLabel();
    const end = c.newLabel();
    jumpIf(c, e.test, false, orelse);
    c.expr(e.body);
    c.jump(Op.JUMP, end);
    c.bind(orelse);
    c.expr(e.orelse);
    c.bind(end);
  },
  Lambda: compileLambda,
  Yield: (c, e) => {
    if (e.value) c.expr(e.value);
    else c.loadConst(null);
    c.at(e);
    c.emit(Op.YIELD_VALUE);
  },
  YieldFrom: (c, e) => {
    c.expr(e.value);
    c.at(e);
    c.emit(Op.GET_YIELD_FROM_ITER);
    c.loadConst(null);
    c.emit(Op.YIELD_FROM);
  },
  NamedExpr: (c, e) => {
    c.expr(e.value);
    c.emit(Op.DUP_TOP);
    c.nameOp((e.target as ExprOf<'Name'>).id, 'store');
  },
};

export function compileExpr(c: Compiler, e: Expr): void {
  (EXPRS[e.kind] as ExprCompiler<ExprKind>)(c, e);
}

/** Jumps to `label` when `e` is truthy (`cond`) or falsy (`!cond`); falls through otherwise. */
export function jumpIf(c: Compiler, e: Expr, cond: boolean, label: Label): void {
  if (e.kind === 'UnaryOp' && e.op === 'not') {
    jumpIf(c, e.operand, !cond, label);
    return;
  }
  if (e.kind === 'BoolOp') {
    const isOr = e.op === 'or';
    const next = isOr === cond ? label : c.newLabel();
    for (let i = 0; i < e.values.length - 1; i++) jumpIf(c, e.values[i]!, isOr, next);
    jumpIf(c, e.values[e.values.length - 1]!, cond, label);
    if (next !== label) c.bind(next);
    return;
  }
  if (e.kind === 'IfExp') {
    const end = c.newLabel();
    const next2 = c.newLabel();
    jumpIf(c, e.test, false, next2);
    jumpIf(c, e.body, cond, label);
    c.jump(Op.JUMP, end);
    c.bind(next2);
    jumpIf(c, e.orelse, cond, label);
    c.bind(end);
    return;
  }
  c.expr(e);
  c.at(e);
  c.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label);
}
