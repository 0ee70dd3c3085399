/**
 * The compiler: AST → code objects, one unit per scope. This file holds the core
 * (units, name resolution, the frame-block stack used to unwind `return`,
 * `break` and `continue` through try/with/except); statements and expressions are
 * compiled by tables in stmt.ts, expr.ts and the files they use.
 */
import type { Expr, Module, Span, Stmt } from '../parse/ast.js';
import { PythonCompileError } from '../parse/errors.js';
import type { Value } from '../objects/object.js';
import { Assembler, Label } from './assembler.js';
import { type Code, CodeFlags } from '../objects/code.js';
import { Op } from './opcodes.js';
import { type Scope, type SymTable, buildSymtable, mangle } from './symtable.js';
import { compileStmt } from './stmt.js';
import { compileExpr } from './expr.js';

/** What the compiler must undo when control leaves a block early (CPython's fblocks). */
export type FBlock =
  | { kind: 'while'; cont: Label; exit: Label }
  | { kind: 'for'; cont: Label; exit: Label }
  | { kind: 'try_except' }
  | { kind: 'finally_try'; body: Stmt[] }
  | { kind: 'finally_end' }
  | { kind: 'with' }
  | { kind: 'handler_cleanup'; name: string | null }
  | { kind: 'pop_value' }
  | { kind: 'exception_handler' };

export interface Unit {
  scope: Scope;
  asm: Assembler;
  fblocks: FBlock[];
  name: string;
  qualname: string;
  firstLine: number;
}

export class Compiler {
  unit!: Unit;
  private readonly stack: Unit[] = [];
  /** exec()/eval() code: module-level names go through the frame's locals (see compileSourceAst). */
  namesViaLocals = false;

  constructor(
    readonly st: SymTable,
    readonly filename: string,
    readonly lines: string[],
  ) {}

  // ---- errors ----------------------------------------------------------

  error(at: Span, msg: string): never {
    const width = at.endLine === at.line ? at.endCol - at.col : 1;
    throw new PythonCompileError('SyntaxError', msg, this.filename, at.line, at.col + 1, this.lines[at.line - 1] ?? '', Math.max(1, width));
  }

  // ---- emitting --------------------------------------------------------

  get asm(): Assembler {
    return this.unit.asm;
  }

  at(node: Span): void {
    this.unit.asm.span = node;
  }

  emit(op: Op, arg = 0): void {
    this.unit.asm.emit(op, arg);
  }

  jump(op: Op, label: Label): void {
    this.unit.asm.jump(op, label);
  }

  bind(label: Label): void {
    this.unit.asm.bind(label);
  }

  loadConst(v: Value): void {
    this.emit(Op.LOAD_CONST, this.unit.asm.constIdx(v));
  }

  // ---- names -----------------------------------------------------------

  mangle(name: string): string {
    return mangle(this.unit.scope.privateName, name);
  }

  /** Loads, stores or deletes a variable, with the opcode its scope calls for. */
  nameOp(name: string, ctx: 'load' | 'store' | 'del'): void {
    const s = this.unit.scope;
    const n = this.mangle(name);
    const kind = s.kindOf(n);
    const pick = (load: Op, store: Op, del: Op): Op => (ctx === 'load' ? load : ctx === 'store' ? store : del);
    if (s.kind === 'module') {
      if (this.namesViaLocals) this.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.asm.nameIdx(n));
      else this.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.asm.nameIdx(n));
      return;
    }
    switch (kind) {
      case 'local':
        if (s.kind === 'class') this.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.asm.nameIdx(n));
        else this.emit(pick(Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST), s.varnames.indexOf(n));
        return;
      case 'cell':
      case 'free': {
        const idx = this.cellIndex(n);
        if (s.kind === 'class' && ctx === 'load') this.emit(Op.LOAD_CLASSDEREF, idx);
        else this.emit(pick(Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF), idx);
        return;
      }
      case 'global':
        this.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.asm.nameIdx(n));
        return;
      case 'implicit':
        if (s.kind === 'class') this.emit(pick(Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME), this.asm.nameIdx(n));
        else this.emit(pick(Op.LOAD_GLOBAL, Op.STORE_GLOBAL, Op.DELETE_GLOBAL), this.asm.nameIdx(n));
        return;
      default: {
        const never: never = kind;
        throw new Error(`compiler: unknown symbol kind ${never as string}`);
      }
    }
  }

  /** Index of a cell or free variable in the frame's cells (cellvars, then freevars). */
  cellIndex(name: string): number {
    const s = this.unit.scope;
    const c = s.cellvars.indexOf(name);
    if (c >= 0) return c;
    const f = s.freevars.indexOf(name);
    if (f < 0) throw new Error(`compiler: ${name} is not a cell of ${s.name}`);
    return s.cellvars.length + f;
  }

  // ---- units -----------------------------------------------------------

  scopeOf(node: object): Scope {
    const s = this.st.scopes.get(node);
    if (!s) throw new Error('compiler: no scope for node');
    return s;
  }

  /** The qualified name of a child scope named `name` of the current unit. */
  childQualname(name: string): string {
    const u = this.unit;
    if (u.scope.kind === 'module') return name;
    if (u.scope.kind === 'class') return `${u.qualname}.${name}`;
    return `${u.qualname}.<locals>.${name}`;
  }

  enter(scope: Scope, name: string, qualname: string, at: Span): void {
    if (this.unit) this.stack.push(this.unit);
    this.unit = { scope, asm: new Assembler(at), fblocks: [], name, qualname, firstLine: at.line };
  }

  /** Finishes the current unit and returns to its parent. */
  leave(meta: { argcount: number; posonlyCount: number; kwonlyCount: number; flags: number; doc: Value }): Code {
    const u = this.unit;
    const s = u.scope;
    let flags = meta.flags;
    if (s.generator) flags |= CodeFlags.GENERATOR;
    if (s.kind === 'class') flags |= CodeFlags.CLASS_BODY;
    if (s.kind === 'module') flags |= CodeFlags.MODULE;
    if (s.usesClassCell) flags |= CodeFlags.NEEDS_CLASS;
    const code = u.asm.finish({
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstLine: u.firstLine,
      varnames: s.isFunction ? s.varnames : [],
      cellvars: s.cellvars,
      freevars: s.freevars,
      argcount: meta.argcount,
      posonlyCount: meta.posonlyCount,
      kwonlyCount: meta.kwonlyCount,
      flags,
      doc: meta.doc,
    });
    this.unit = this.stack.pop()!;
    return code;
  }

  // ---- frame blocks ----------------------------------------------------

  push(fb: FBlock): void {
    this.unit.fblocks.push(fb);
  }

  pop(): void {
    this.unit.fblocks.pop();
  }

  /** Emits what leaving `fb` requires; `preserveTos` keeps a value (a return value) on top. */
  unwindBlock(fb: FBlock, preserveTos: boolean): void {
    switch (fb.kind) {
      case 'while':
      case 'exception_handler':
        return;
      case 'for':
        if (preserveTos) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_TOP);
        return;
      case 'try_except':
        this.emit(Op.POP_BLOCK);
        return;
      case 'finally_try':
        this.emit(Op.POP_BLOCK);
        if (preserveTos) this.push({ kind: 'pop_value' });
        this.stmts(fb.body);
        if (preserveTos) this.pop();
        return;
      case 'finally_end':
        if (preserveTos) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_TOP);
        if (preserveTos) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_EXCEPT);
        return;
      case 'with':
        this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.ROT_TWO);
        this.loadConst(null);
        this.loadConst(null);
        this.loadConst(null);
        this.emit(Op.CALL, 3);
        this.emit(Op.POP_TOP);
        return;
      case 'handler_cleanup':
        if (fb.name !== null) this.emit(Op.POP_BLOCK);
        if (preserveTos) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_EXCEPT);
        if (fb.name !== null) {
          this.loadConst(null);
          this.nameOp(fb.name, 'store');
          this.nameOp(fb.name, 'del');
        }
        return;
      case 'pop_value':
        if (preserveTos) this.emit(Op.ROT_TWO);
        this.emit(Op.POP_TOP);
        return;
      default: {
        const never: never = fb;
        throw new Error(`compiler: unknown block ${JSON.stringify(never)}`);
      }
    }
  }

  /**
   * Unwinds every block up to (not including) the innermost loop when `toLoop`,
   * else all of them. Each block is off the stack while its cleanup compiles (a
   * `return` inside a `finally` must not run that `finally` again). Returns the loop.
   */
  unwindStack(preserveTos: boolean, toLoop: boolean): FBlock | null {
    const fbs = this.unit.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1]!;
    if (toLoop && (top.kind === 'while' || top.kind === 'for')) return top;
    fbs.pop();
    this.unwindBlock(top, preserveTos);
    const loop = this.unwindStack(preserveTos, toLoop);
    fbs.push(top);
    return loop;
  }

  // ---- dispatch (the tables are in stmt.ts and expr.ts) ------------------

  stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: Stmt): void {
    this.at(s);
    compileStmt(this, s);
  }

  expr(e: Expr): void {
    const saved = this.unit.asm.span;
    this.at(e);
    compileExpr(this, e);
    this.unit.asm.span = saved;
  }

  newLabel(): Label {
    return new Label();
  }
}

/** Compiles a parsed module into its code object. */
export function compileModuleAst(mod: Module): Code {
  const st = buildSymtable(mod.body, mod.filename, mod.lines);
  const c = new Compiler(st, mod.filename, mod.lines);
  const first = mod.body[0] ?? { line: 1, col: 0, endLine: 1, endCol: 0 };
  c.enter(st.top, '<module>', '<module>', { line: 1, col: 0, endLine: first.line, endCol: 0 });
  let body = mod.body;
  let doc: Value = null;
  if (hasAnnotations(body)) {
    c.at(body[0]!);
    c.emit(Op.SETUP_ANNOTATIONS);
  }
  const d = docstring(body);
  if (d !== null) {
    doc = d;
    c.at(body[0]!);
    c.loadConst(d);
    c.nameOp('__doc__', 'store');
    body = body.slice(1);
  }
  c.stmts(body);
  const last = mod.body[mod.body.length - 1];
  if (last) c.at({ line: last.endLine, col: last.endCol, endLine: last.endLine, endCol: last.endCol });
  c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
  return c.leave({ argcount: 0, posonlyCount: 0, kwonlyCount: 0, flags: 0, doc });
}

/**
 * Code for exec() and eval() (compile()'s 'exec' and 'eval' modes): module code
 * whose top-level names go through the frame's locals (LOAD_NAME, STORE_NAME), as
 * CPython's do, so that exec(src, globals, locals) keeps the namespaces apart.
 * In 'eval' mode the module is one expression statement and its value is returned.
 */
export function compileSourceAst(mod: Module, mode: 'exec' | 'eval'): Code {
  if (mode === 'exec') {
    const st = buildSymtable(mod.body, mod.filename, mod.lines);
    const c = new Compiler(st, mod.filename, mod.lines);
    c.namesViaLocals = true;
    const first = mod.body[0] ?? { line: 1, col: 0, endLine: 1, endCol: 0 };
    c.enter(st.top, '<module>', '<module>', { line: 1, col: 0, endLine: first.line, endCol: 0 });
    c.stmts(mod.body);
    const last = mod.body[mod.body.length - 1];
    if (last) c.at({ line: last.endLine, col: last.endCol, endLine: last.endLine, endCol: last.endCol });
    c.loadConst(null);
    c.emit(Op.RETURN_VALUE);
    return c.leave({ argcount: 0, posonlyCount: 0, kwonlyCount: 0, flags: 0, doc: null });
  }
  const stmt = mod.body[0];
  if (mod.body.length !== 1 || stmt?.kind !== 'Expr') {
    // A statement where an expression must be: CPython points at its first token that
    // cannot continue an expression (the '=' of an assignment), else at its start.
    const bad = mod.body[stmt?.kind === 'Expr' ? 1 : 0];
    let at = bad ? { line: bad.line, col: bad.col } : { line: 1, col: 0 };
    if (bad && (bad.kind === 'Assign' || bad.kind === 'AugAssign')) {
      const t = bad.kind === 'Assign' ? bad.targets[0]! : bad.target;
      const text = mod.lines[t.endLine - 1] ?? '';
      let c = t.endCol;
      while (text[c] === ' ' || text[c] === '\t') c++;
      at = { line: t.endLine, col: c };
    }
    throw new PythonCompileError('SyntaxError', 'invalid syntax', mod.filename, at.line, at.col + 1, mod.lines[at.line - 1] ?? '', 1);
  }
  const st = buildSymtable(mod.body, mod.filename, mod.lines);
  const c = new Compiler(st, mod.filename, mod.lines);
  c.namesViaLocals = true;
  c.enter(st.top, '<module>', '<module>', stmt);
  c.at(stmt.value);
  c.expr(stmt.value);
  c.emit(Op.RETURN_VALUE);
  return c.leave({ argcount: 0, posonlyCount: 0, kwonlyCount: 0, flags: 0, doc: null });
}

/**
 * Whether a module or class body annotates a name anywhere outside nested scopes
 * (CPython's find_ann): such a body starts with SETUP_ANNOTATIONS.
 */
export function hasAnnotations(body: Stmt[]): boolean {
  return body.some((s) => {
    switch (s.kind) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'While':
      case 'If':
        return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With':
        return hasAnnotations(s.body);
      case 'Try':
        return hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody) || s.handlers.some((h) => hasAnnotations(h.body));
      default:
        return false;
    }
  });
}

/** The docstring of a body (its first statement, when a string literal), or null. */
export function docstring(body: Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.t === 'str') return first.value.value.v;
  return null;
}
