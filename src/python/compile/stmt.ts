/**
 * Statements → bytecode: a table from statement kind to compile function. The
 * exception-related statements are in control.ts, definitions in defs.ts.
 */
import type { ConstValue, Stmt, StmtKind, StmtOf } from '../parse/ast.js';
import { PyTuple } from '../objects/tuple.js';
import type { Compiler, FBlock } from './compiler.js';
import { compileTry, compileWith, compileRaise, compileAssert } from './control.js';
import { compileClass, compileFunction } from './defs.js';
import { jumpIf } from './expr.js';
import { Op } from './opcodes.js';
import { augAssign, del, store } from './targets.js';

type LoopBlock = Extract<FBlock, { kind: 'while' | 'for' }>;

type StmtCompiler<K extends StmtKind> = (c: Compiler, s: StmtOf<K>) => void;

const STMTS: { [K in StmtKind]: StmtCompiler<K> } = {
  FunctionDef: compileFunction,
  ClassDef: compileClass,
  Return: (c, s) => {
    if (!c.unit.scope.isFunction) c.error(s, "'return' outside function");
    const preserve = s.value !== null && s.value.kind !== 'Constant';
    if (preserve) c.expr(s.value!);
    c.at(s);
    c.unwindStack(preserve, false);
    if (!preserve) {
      if (s.value) c.expr(s.value);
      else c.loadConst(null);
    }
    c.at(s);
    c.emit(Op.RETURN_VALUE);
  },
  Delete: (c, s) => {
    for (const t of s.targets) del(c, t);
  },
  Assign: (c, s) => {
    c.expr(s.value);
    s.targets.forEach((t, i) => {
      if (i < s.targets.length - 1) c.emit(Op.DUP_TOP);
      store(c, t);
    });
  },
  AugAssign: augAssign,
  AnnAssign: (c, s) => {
    if (s.value) {
      c.expr(s.value);
      store(c, s.target);
    }
    // Module and class bodies record `name: annotation` in __annotations__ (other targets:
    // evaluated only); function bodies ignore local annotations, as CPython does.
    const kind = c.unit.scope.kind;
    if (kind !== 'module' && kind !== 'class') return;
    c.expr(s.annotation);
    if (s.target.kind !== 'Name') {
      c.emit(Op.POP_TOP);
      return;
    }
    c.at(s);
    c.nameOp('__annotations__', 'load');
    c.loadConst(c.mangle(s.target.id));
    c.emit(Op.STORE_SUBSCR);
  },
  For: (c, s) => {
    const cont = c.newLabel();
    const orelse = c.newLabel();
    const exit = c.newLabel();
    c.expr(s.iter);
    c.at(s.iter);
    c.emit(Op.GET_ITER);
    c.bind(cont);
    c.at(s.iter);
    c.jump(Op.FOR_ITER, orelse);
    c.push({ kind: 'for', cont, exit });
    store(c, s.target);
    c.stmts(s.body);
    c.pop();
    c.at(s.iter);
    c.jump(Op.JUMP, cont);
    c.bind(orelse);
    c.stmts(s.orelse);
    c.bind(exit);
  },
  While: (c, s) => {
    const cont = c.newLabel();
    const orelse = c.newLabel();
    const exit = c.newLabel();
    c.bind(cont);
    const always = s.test.kind === 'Constant' && truthyConst(s.test.value);
    if (!always) jumpIf(c, s.test, false, orelse);
    c.push({ kind: 'while', cont, exit });
    c.stmts(s.body);
    c.pop();
    c.at(s);
    c.jump(Op.JUMP, cont);
    c.bind(orelse);
    c.stmts(s.orelse);
    c.bind(exit);
  },
  If: (c, s) => {
    const end = c.newLabel();
    const next = s.orelse.length > 0 ? c.newLabel() : end;
    jumpIf(c, s.test, false, next);
    c.stmts(s.body);
    if (s.orelse.length > 0) {
      c.jump(Op.JUMP, end);
      c.bind(next);
      c.stmts(s.orelse);
    }
    c.bind(end);
  },
  With: compileWith,
  Raise: compileRaise,
  Try: compileTry,
  Assert: compileAssert,
  Import: (c, s) => {
    for (const a of s.names) {
      c.at(a);
      c.loadConst(0);
      c.loadConst(a.asname !== null && a.name.includes('.') ? true : null);
      c.emit(Op.IMPORT_NAME, c.asm.nameIdx(a.name));
      c.nameOp(a.asname ?? a.name.split('.')[0]!, 'store');
    }
  },
  ImportFrom: (c, s) => {
    const star = s.names.length === 1 && s.names[0]!.name === '*';
    c.loadConst(s.level);
    c.loadConst(new PyTuple(s.names.map((a) => a.name)));
    c.emit(Op.IMPORT_NAME, c.asm.nameIdx(s.module ?? ''));
    if (star) {
      c.emit(Op.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      c.at(a);
      c.emit(Op.IMPORT_FROM, c.asm.nameIdx(a.name));
      c.nameOp(a.asname ?? a.name, 'store');
    }
    c.emit(Op.POP_TOP);
  },
  Global: () => {},
  Nonlocal: () => {},
  Expr: (c, s) => {
    if (s.value.kind === 'Constant') return;
    c.expr(s.value);
    c.at(s);
    c.emit(Op.POP_TOP);
  },
  Pass: () => {},
  Break: (c, s) => {
    const loop = c.unwindStack(false, true) as LoopBlock | null;
    if (loop === null) return c.error(s, "'break' outside loop");
    c.at(s);
    c.unwindBlock(loop, false);
    c.jump(Op.JUMP, loop.exit);
  },
  Continue: (c, s) => {
    const loop = c.unwindStack(false, true) as LoopBlock | null;
    if (loop === null) return c.error(s, "'continue' not properly in loop");
    c.at(s);
    c.jump(Op.JUMP, loop.cont);
  },
};

function truthyConst(v: ConstValue): boolean {
  switch (v.t) {
    case 'int':
    case 'float':
    case 'complex':
      return v.v !== 0 && v.v !== 0n;
    case 'str':
      return v.v !== '';
    case 'bytes':
      return v.v.length > 0;
    case 'bool':
      return v.v;
    case 'none':
      return false;
    case 'ellipsis':
      return true;
  }
}

export function compileStmt(c: Compiler, s: Stmt): void {
  (STMTS[s.kind] as StmtCompiler<StmtKind>)(c, s);
}
