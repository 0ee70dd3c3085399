/**
 * Definitions: functions, lambdas, classes and comprehensions, each compiled as a
 * child code object and turned into a function object by MAKE_FUNCTION (with its
 * defaults and closure cells).
 */
import type { Arguments, Comprehension, Expr, ExprOf, Span, StmtOf } from '../parse/ast.js';
import { PyTuple } from '../objects/tuple.js';
import type { Value } from '../objects/object.js';
import type { Code } from '../objects/code.js';
import { CodeFlags } from '../objects/code.js';
import { type Compiler, docstring, hasAnnotations } from './compiler.js';
import { constValue } from './expr.js';
import { Op } from './opcodes.js';
import type { Scope } from './symtable.js';
import { store } from './targets.js';

/** Pushes defaults / kwdefaults; returns the MAKE_FUNCTION flags they need. */
function defaults(c: Compiler, a: Arguments): number {
  let flags = 0;
  if (a.defaults.length > 0) {
    const consts = a.defaults.map(constValue);
    if (consts.every((v) => v !== undefined)) c.loadConst(new PyTuple(consts as Value[]));
    else {
      for (const d of a.defaults) c.expr(d);
      c.emit(Op.BUILD_TUPLE, a.defaults.length);
    }
    flags |= 1;
  }
  const kw = a.kwonly.map((p, i) => [p.name, a.kwDefaults[i]] as const).filter(([, d]) => d !== null);
  if (kw.length > 0) {
    for (const [name, d] of kw) {
      c.loadConst(c.mangle(name));
      c.expr(d!);
    }
    c.emit(Op.BUILD_MAP, kw.length);
    flags |= 2;
  }
  return flags;
}

/** Pushes the cells a child scope closes over; returns the MAKE_FUNCTION flag. */
function closure(c: Compiler, child: Scope): number {
  if (child.freevars.length === 0) return 0;
  for (const name of child.freevars) {
    const s = c.unit.scope;
    if (s.kind === 'class' && name === '__class__') c.emit(Op.LOAD_CLOSURE, s.cellvars.indexOf('__class__'));
    else c.emit(Op.LOAD_CLOSURE, c.cellIndex(name));
  }
  c.emit(Op.BUILD_TUPLE, child.freevars.length);
  return 4;
}

function makeFunction(c: Compiler, code: Code, child: Scope, flags: number): void {
  flags |= closure(c, child);
  c.loadConst(code);
  c.emit(Op.MAKE_FUNCTION, flags);
}

function argCounts(a: Arguments): { argcount: number; posonlyCount: number; kwonlyCount: number; flags: number } {
  return {
    argcount: a.posonly.length + a.args.length,
    posonlyCount: a.posonly.length,
    kwonlyCount: a.kwonly.length,
    flags: (a.vararg ? CodeFlags.VARARGS : 0) | (a.kwarg ? CodeFlags.VARKEYWORDS : 0),
  };
}

/** Pushes the parameter and return annotations as a dict; returns the MAKE_FUNCTION flag. */
function annotations(c: Compiler, a: Arguments, returns: Expr | undefined): number {
  const params = [...a.posonly, ...a.args, a.vararg, ...a.kwonly, a.kwarg].filter((p) => p?.annotation !== undefined);
  if (params.length === 0 && returns === undefined) return 0;
  for (const p of params) {
    c.loadConst(c.mangle(p!.name));
    c.expr(p!.annotation!);
  }
  if (returns !== undefined) {
    c.loadConst('return');
    c.expr(returns);
  }
  c.emit(Op.BUILD_MAP, params.length + (returns === undefined ? 0 : 1));
  return 8;
}

export function compileFunction(c: Compiler, s: StmtOf<'FunctionDef'>): void {
  for (const d of s.decorators) c.expr(d);
  c.at(s);
  let flags = defaults(c, s.args);
  flags |= annotations(c, s.args, s.returns);
  const child = c.scopeOf(s);
  const qualname = c.childQualname(c.mangle(s.name));
  c.enter(child, s.name, qualname, s);
  const doc = docstring(s.body);
  c.stmts(doc !== null ? s.body.slice(1) : s.body);
  const last = s.body[s.body.length - 1]!;
  if (last.kind !== 'Return') {
    c.at({ line: last.endLine, col: last.endCol, endLine: last.endLine, endCol: last.endCol });
    c.loadConst(null);
    c.emit(Op.RETURN_VALUE);
  }
  const code = c.leave({ ...argCounts(s.args), doc });
  c.at(s);
  makeFunction(c, code, child, flags);
  for (let i = 0; i < s.decorators.length; i++) c.emit(Op.CALL, 1);
  c.nameOp(s.name, 'store');
}

export function compileLambda(c: Compiler, e: ExprOf<'Lambda'>): void {
  const flags = defaults(c, e.args);
  const child = c.scopeOf(e);
  c.enter(child, '<lambda>', c.childQualname('<lambda>'), e);
  c.expr(e.body);
  c.at(e.body);
  c.emit(Op.RETURN_VALUE);
  const code = c.leave({ ...argCounts(e.args), doc: null });
  c.at(e);
  makeFunction(c, code, child, flags);
}

export function compileClass(c: Compiler, s: StmtOf<'ClassDef'>): void {
  for (const d of s.decorators) c.expr(d);
  c.at(s);
  c.emit(Op.LOAD_BUILD_CLASS);
  const child = c.scopeOf(s);
  const qualname = c.childQualname(s.name);
  c.enter(child, s.name, qualname, s);
  c.nameOp('__name__', 'load');
  c.nameOp('__module__', 'store');
  c.loadConst(qualname);
  c.nameOp('__qualname__', 'store');
  if (hasAnnotations(s.body)) c.emit(Op.SETUP_ANNOTATIONS);
  const doc = docstring(s.body);
  let body = s.body;
  if (doc !== null) {
    c.loadConst(doc);
    c.nameOp('__doc__', 'store');
    body = body.slice(1);
  }
  c.stmts(body);
  if (child.needsClassCell) {
    const idx = child.cellvars.indexOf('__class__');
    c.emit(Op.LOAD_CLOSURE, idx);
    c.emit(Op.DUP_TOP);
    c.nameOp('__classcell__', 'store');
  } else c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
  const code = c.leave({ argcount: 0, posonlyCount: 0, kwonlyCount: 0, flags: 0, doc });
  c.at(s);
  makeFunction(c, code, child, 0);
  c.loadConst(s.name);
  callArgs(c, s.bases, s.keywords, 2, s);
  for (let i = 0; i < s.decorators.length; i++) c.emit(Op.CALL, 1);
  c.nameOp(s.name, 'store');
}

/**
 * Compiles call arguments after the callee (and `already` positional values) are
 * on the stack, then the call: CALL, CALL_KW, or CALL_EX when unpacking.
 */
export function callArgs(c: Compiler, args: Expr[], keywords: { arg: string | null; value: Expr }[], already: number, at: Span): void {
  const unpack = args.some((a) => a.kind === 'Starred') || keywords.some((k) => k.arg === null);
  if (!unpack) {
    for (const a of args) c.expr(a);
    for (const k of keywords) c.expr(k.value);
    c.at(at);
    if (keywords.length === 0) c.emit(Op.CALL, already + args.length);
    else {
      c.loadConst(new PyTuple(keywords.map((k) => k.arg!)));
      c.emit(Op.CALL_KW, already + args.length + keywords.length);
    }
    return;
  }
  // Positional: a list of everything (the values already pushed first), then a tuple.
  c.emit(Op.BUILD_LIST, already);
  for (const a of args) {
    if (a.kind === 'Starred') {
      c.expr(a.value);
      c.emit(Op.LIST_EXTEND, 1);
    } else {
      c.expr(a);
      c.emit(Op.LIST_APPEND, 1);
    }
  }
  c.emit(Op.LIST_TO_TUPLE);
  if (keywords.length > 0) {
    c.emit(Op.BUILD_MAP, 0);
    for (const k of keywords) {
      if (k.arg === null) {
        c.expr(k.value);
        c.at(at);
        c.emit(Op.DICT_MERGE, 1);
      } else {
        c.loadConst(k.arg);
        c.expr(k.value);
        c.emit(Op.BUILD_MAP, 1);
        c.emit(Op.DICT_MERGE, 1);
      }
    }
  }
  c.at(at);
  c.emit(Op.CALL_EX, keywords.length > 0 ? 1 : 0);
}

type CompKind = 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp';

/** A comprehension: a function called at once with the outermost iterator. */
export function compileComprehension(c: Compiler, e: ExprOf<CompKind>): void {
  const child = c.scopeOf(e);
  const name = child.name;
  c.enter(child, name, c.childQualname(name), e);
  if (e.kind === 'ListComp') c.emit(Op.BUILD_LIST, 0);
  else if (e.kind === 'SetComp') c.emit(Op.BUILD_SET, 0);
  else if (e.kind === 'DictComp') c.emit(Op.BUILD_MAP, 0);
  compGenerator(c, e, e.generators, 0);
  if (e.kind === 'GeneratorExp') c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
  const code = c.leave({ argcount: 1, posonlyCount: 0, kwonlyCount: 0, flags: 0, doc: null });
  c.at(e);
  makeFunction(c, code, child, 0);
  c.expr(e.generators[0]!.iter);
  c.at(e);
  c.emit(Op.GET_ITER);
  c.emit(Op.CALL, 1);
}

function compGenerator(c: Compiler, e: ExprOf<CompKind>, gens: Comprehension[], i: number): void {
  const g = gens[i]!;
  const start = c.newLabel();
  const anchor = c.newLabel();
  if (i === 0) c.emit(Op.LOAD_FAST, 0);
  else {
    c.expr(g.iter);
    c.emit(Op.GET_ITER);
  }
  c.bind(start);
  c.at(g.iter);
  c.jump(Op.FOR_ITER, anchor);
  store(c, g.target);
  for (const cond of g.ifs) {
    c.expr(cond);
    c.jump(Op.POP_JUMP_IF_FALSE, start);
  }
  if (i + 1 < gens.length) compGenerator(c, e, gens, i + 1);
  else {
    const depth = gens.length + 1;
    switch (e.kind) {
      case 'ListComp':
        c.expr(e.elt);
        c.emit(Op.LIST_APPEND, depth);
        break;
      case 'SetComp':
        c.expr(e.elt);
        c.emit(Op.SET_ADD, depth);
        break;
      case 'DictComp':
        c.expr(e.key);
        c.expr(e.value);
        c.emit(Op.MAP_ADD, depth);
        break;
      case 'GeneratorExp':
        c.expr(e.elt);
        c.emit(Op.YIELD_VALUE);
        c.emit(Op.POP_TOP);
        break;
    }
  }
  c.jump(Op.JUMP, start);
  c.bind(anchor);
}
