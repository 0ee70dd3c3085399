/**
 * try/except/else/finally, with, raise and assert. A handler starts with the
 * previously handled exception and the new one on the stack, inside an
 * EXCEPT_HANDLER block that POP_EXCEPT (or unwinding) ends; see opcodes.ts.
 */
import type { ExceptHandler, Stmt, StmtOf, WithItem } from '../parse/ast.js';
import type { Compiler } from './compiler.js';
import { Op } from './opcodes.js';
import { store } from './targets.js';

export function compileTry(c: Compiler, s: StmtOf<'Try'>): void {
  if (s.finalbody.length > 0) tryFinally(c, s);
  else tryExcept(c, s.body, s.handlers, s.orelse, s);
}

function tryFinally(c: Compiler, s: StmtOf<'Try'>): void {
  const handler = c.newLabel();
  const exit = c.newLabel();
  c.at(s);
  c.jump(Op.SETUP_FINALLY, handler);
  c.push({ kind: 'finally_try', body: s.finalbody });
  if (s.handlers.length > 0) tryExcept(c, s.body, s.handlers, s.orelse, s);
  else c.stmts(s.body);
  c.pop();
  c.emit(Op.POP_BLOCK);
  c.stmts(s.finalbody);
  c.jump(Op.JUMP, exit);
  // Exceptional path: [prev, exc]
  c.bind(handler);
  c.push({ kind: 'finally_end' });
  c.stmts(s.finalbody);
  c.pop();
  c.emit(Op.RERAISE);
  c.bind(exit);
}

function tryExcept(c: Compiler, body: Stmt[], handlers: ExceptHandler[], orelse: Stmt[], s: Stmt): void {
  const except = c.newLabel();
  const end = c.newLabel();
  c.at(s);
  c.jump(Op.SETUP_FINALLY, except);
  c.push({ kind: 'try_except' });
  c.stmts(body);
  c.pop();
  c.emit(Op.POP_BLOCK);
  c.stmts(orelse);
  c.jump(Op.JUMP, end);
  c.bind(except);
  c.push({ kind: 'exception_handler' });
  // Stack: [prev, exc]
  for (const h of handlers) {
    c.at(h);
    const next = c.newLabel();
    if (h.type) {
      c.emit(Op.DUP_TOP);
      c.expr(h.type);
      c.at(h);
      c.jump(Op.JUMP_IF_NOT_EXC_MATCH, next);
    }
    if (h.name) {
      c.nameOp(h.name, 'store');
      const cleanup = c.newLabel();
      c.jump(Op.SETUP_FINALLY, cleanup);
      c.push({ kind: 'handler_cleanup', name: h.name });
      c.stmts(h.body);
      c.pop();
      c.emit(Op.POP_BLOCK);
      c.emit(Op.POP_EXCEPT);
      c.loadConst(null);
      c.nameOp(h.name, 'store');
      c.nameOp(h.name, 'del');
      c.jump(Op.JUMP, end);
      // An exception inside the handler: clear the name, re-raise. Stack: [prev, prev2, exc2]
      c.bind(cleanup);
      c.loadConst(null);
      c.nameOp(h.name, 'store');
      c.nameOp(h.name, 'del');
      c.emit(Op.RERAISE);
    } else {
      c.emit(Op.POP_TOP);
      c.push({ kind: 'handler_cleanup', name: null });
      c.stmts(h.body);
      c.pop();
      c.emit(Op.POP_EXCEPT);
      c.jump(Op.JUMP, end);
    }
    c.bind(next);
  }
  c.pop();
  // No handler matched: [prev, exc]
  c.emit(Op.RERAISE);
  c.bind(end);
}

export function compileWith(c: Compiler, s: StmtOf<'With'>): void {
  withItems(c, s.items, 0, s);
}

function withItems(c: Compiler, items: WithItem[], i: number, s: StmtOf<'With'>): void {
  const item = items[i]!;
  const handler = c.newLabel();
  const exit = c.newLabel();
  const suppress = c.newLabel();
  c.expr(item.expr);
  c.at(item.expr);
  c.emit(Op.BEFORE_WITH);
  if (item.vars) store(c, item.vars);
  else c.emit(Op.POP_TOP);
  c.at(s);
  c.jump(Op.SETUP_FINALLY, handler);
  c.push({ kind: 'with' });
  if (i + 1 < items.length) withItems(c, items, i + 1, s);
  else c.stmts(s.body);
  c.pop();
  c.at(s);
  c.emit(Op.POP_BLOCK);
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.emit(Op.CALL, 3);
  c.emit(Op.POP_TOP);
  c.jump(Op.JUMP, exit);
  // [exit, prev, exc]
  c.bind(handler);
  c.emit(Op.WITH_EXCEPT_START);
  c.jump(Op.POP_JUMP_IF_TRUE, suppress);
  c.emit(Op.RERAISE);
  c.bind(suppress);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.bind(exit);
}

export function compileRaise(c: Compiler, s: StmtOf<'Raise'>): void {
  let n = 0;
  if (s.exc) {
    c.expr(s.exc);
    n = 1;
    if (s.cause) {
      c.expr(s.cause);
      n = 2;
    }
  }
  c.at(s);
  c.emit(Op.RAISE_VARARGS, n);
}

export function compileAssert(c: Compiler, s: StmtOf<'Assert'>): void {
  const end = c.newLabel();
  c.expr(s.test);
  c.at(s);
  c.jump(Op.POP_JUMP_IF_TRUE, end);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    c.expr(s.msg);
    c.at(s);
    c.emit(Op.CALL, 1);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.bind(end);
}
