/**
 * lezer statement nodes → AST statements, one converter per node name. Assignment
 * targets are checked here, with CPython's messages ("cannot assign to literal").
 */
import type { SyntaxNode } from '@lezer/common';
import type { Alias, BinOpName, ExceptHandler, Expr, Stmt, WithItem } from './ast.js';
import { type ParseCtx, kids, splitOn } from './context.js';
import { argList, expr, exprList, exprName, parameters } from './expr.js';

type Conv = (ctx: ParseCtx, node: SyntaxNode) => Stmt[];

/** Converts a statement node (a StatementGroup gives several). */
export function stmts(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const conv = CONVERTERS[node.name];
  if (conv) return conv(ctx, node);
  return ctx.fail('SyntaxError', 'invalid syntax', node.from, node.to);
}

/** The statements of a Body node (`: stmt` or an indented block). */
export function body(ctx: ParseCtx, node: SyntaxNode | undefined, owner: SyntaxNode): Stmt[] {
  if (!node || node.name !== 'Body') ctx.fail('SyntaxError', "expected ':'", owner.to);
  const out: Stmt[] = [];
  for (const k of kids(node)) {
    if (k.name === ':') continue;
    if (k.name === '⚠') ctx.fail('SyntaxError', 'invalid syntax', k.from, k.to);
    out.push(...stmts(ctx, k));
  }
  return out;
}

const UPDATE: Record<string, BinOpName> = {
  '+=': 'add',
  '-=': 'sub',
  '*=': 'mul',
  '@=': 'matmul',
  '/=': 'truediv',
  '//=': 'floordiv',
  '%=': 'mod',
  '**=': 'pow',
  '<<=': 'lshift',
  '>>=': 'rshift',
  '&=': 'and',
  '|=': 'or',
  '^=': 'xor',
};

const span = (ctx: ParseCtx, n: SyntaxNode) => ctx.spanOf(n);

/** Checks an assignment (or del, for, with) target; `what` picks CPython's verb. */
export function checkTarget(ctx: ParseCtx, e: Expr, what: 'assign' | 'delete', single = false): void {
  switch (e.kind) {
    case 'Name':
      if (e.id === '__debug__') ctx.failAt(e, 'SyntaxError', 'cannot assign to __debug__');
      return;
    case 'Attribute':
    case 'Subscript':
      return;
    case 'Tuple':
    case 'List': {
      let stars = 0;
      for (const x of e.elts) {
        if (x.kind === 'Starred') {
          if (what === 'delete') ctx.failAt(x, 'SyntaxError', 'cannot delete starred');
          if (++stars > 1) ctx.failAt(x, 'SyntaxError', 'multiple starred expressions in assignment');
          checkTarget(ctx, x.value, what);
        } else checkTarget(ctx, x, what);
      }
      return;
    }
    case 'Starred':
      ctx.failAt(e, 'SyntaxError', 'starred assignment target must be in a list or tuple');
    // falls through: failAt does not return
    default: {
      const name = exprName(e);
      const verb = what === 'assign' ? 'assign to' : 'delete';
      const hint = single && what === 'assign' && !['Yield', 'YieldFrom'].includes(e.kind) ? " here. Maybe you meant '==' instead of '='?" : '';
      if (e.kind === 'Yield' || e.kind === 'YieldFrom') ctx.failAt(e, 'SyntaxError', 'assignment to yield expression not possible');
      ctx.failAt(e, 'SyntaxError', `cannot ${verb} ${name}${hint}`);
    }
  }
}

function noErrors(ctx: ParseCtx, cs: SyntaxNode[]): void {
  for (const c of cs) if (c.name === '⚠') ctx.fail('SyntaxError', 'invalid syntax', c.from, c.to);
}

function assign(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  const typeDef = cs.findIndex((c) => c.name === 'TypeDef');
  if (typeDef >= 0) {
    const target = exprList(ctx, cs.slice(0, typeDef));
    if (target.kind === 'Tuple') ctx.failAt(target, 'SyntaxError', 'only single target (not tuple) can be annotated');
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') ctx.failAt(target, 'SyntaxError', 'illegal target for annotation');
    const annotation = expr(ctx, kids(cs[typeDef]!)[1]!);
    const rest = cs.slice(typeDef + 2);
    const value = rest.length > 0 ? exprList(ctx, rest) : null;
    return [{ kind: 'AnnAssign', target, annotation, value, ...span(ctx, node) }];
  }
  const groups = splitOn(cs, 'AssignOp');
  const parts = groups.map((g) => (g.length === 1 && g[0]!.name === 'YieldExpression' ? expr(ctx, g[0]!) : exprList(ctx, g)));
  const value = parts.pop()!;
  for (const t of parts) checkTarget(ctx, t, 'assign', parts.length === 1);
  return [{ kind: 'Assign', targets: parts, value, ...span(ctx, node) }];
}

function update(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  const opAt = cs.findIndex((c) => c.name === 'UpdateOp');
  const target = exprList(ctx, cs.slice(0, opAt));
  if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
    ctx.failAt(target, 'SyntaxError', `'${exprName(target)}' is an illegal expression for augmented assignment`);
  }
  const rest = cs.slice(opAt + 1);
  const value = rest.length === 1 && rest[0]!.name === 'YieldExpression' ? expr(ctx, rest[0]!) : exprList(ctx, rest);
  return [{ kind: 'AugAssign', target, op: UPDATE[ctx.text(cs[opAt]!)]!, value, ...span(ctx, node) }];
}

function importStmt(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  /** Reads `a.b.c [as d]` groups from nodes. */
  const aliases = (ns: SyntaxNode[]): Alias[] =>
    splitOn(ns.filter((n) => n.name !== '(' && n.name !== ')'))
      .filter((g) => g.length > 0)
      .map((g) => {
        const asAt = g.findIndex((n) => n.name === 'as');
        const nameNodes = asAt >= 0 ? g.slice(0, asAt) : g;
        const name = nameNodes.map((n) => ctx.text(n)).join('');
        const asname = asAt >= 0 ? ctx.text(g[asAt + 1]!) : null;
        return { name, asname, ...ctx.span(g[0]!.from, g[g.length - 1]!.to) };
      });
  if (cs[0]!.name === 'import') return [{ kind: 'Import', names: aliases(cs.slice(1)), ...span(ctx, node) }];
  const importAt = cs.findIndex((c) => c.name === 'import');
  let level = 0;
  const modParts: string[] = [];
  for (const c of cs.slice(1, importAt)) {
    const t = ctx.text(c);
    if (modParts.length === 0 && (t === '.' || t === '...')) level += t.length;
    else modParts.push(t);
  }
  const rest = cs.slice(importAt + 1);
  const names = rest.length === 1 && rest[0]!.name === '*' ? [{ name: '*', asname: null, ...span(ctx, rest[0]!) }] : aliases(rest);
  return [{ kind: 'ImportFrom', module: modParts.length > 0 ? modParts.join('') : null, names, level, ...span(ctx, node) }];
}

function ifStmt(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  // if test Body (elif test Body)* (else Body)?
  const build = (i: number): Stmt[] => {
    if (i >= cs.length) return [];
    const kw = cs[i]!;
    if (kw.name === 'else') return body(ctx, cs[i + 1], kw);
    const test = expr(ctx, cs[i + 1]!);
    const b = body(ctx, cs[i + 2], cs[i + 1]!);
    const s: Stmt = { kind: 'If', test, body: b, orelse: build(i + 3), ...ctx.span(kw.from, node.to) };
    return [s];
  };
  return build(0);
}

function loopElse(ctx: ParseCtx, cs: SyntaxNode[]): Stmt[] {
  const e = cs.findIndex((c) => c.name === 'else');
  return e >= 0 ? body(ctx, cs[e + 1], cs[e]!) : [];
}

function whileStmt(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  return [{ kind: 'While', test: expr(ctx, cs[1]!), body: body(ctx, cs[2], cs[1]!), orelse: loopElse(ctx, cs), ...span(ctx, node) }];
}

function forStmt(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  if (cs[0]!.name === 'async') ctx.unsupported(cs[0]!, 'async for');
  noErrors(ctx, cs);
  const inAt = cs.findIndex((c) => c.name === 'in');
  const bodyAt = cs.findIndex((c) => c.name === 'Body');
  const target = exprList(ctx, cs.slice(1, inAt));
  checkTarget(ctx, target, 'assign');
  const iter = exprList(ctx, cs.slice(inAt + 1, bodyAt < 0 ? undefined : bodyAt));
  return [{ kind: 'For', target, iter, body: body(ctx, cs[bodyAt], cs[bodyAt - 1] ?? node), orelse: loopElse(ctx, cs), ...span(ctx, node) }];
}

function tryStmt(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  const tryBody = body(ctx, cs[1], cs[0]!);
  const handlers: ExceptHandler[] = [];
  let orelse: Stmt[] = [];
  let finalbody: Stmt[] = [];
  let i = 2;
  while (i < cs.length) {
    const kw = cs[i]!;
    if (kw.name === 'except') {
      let j = i + 1;
      if (cs[j]?.name === '*') ctx.unsupported(cs[j]!, 'except* (exception groups)');
      let type: Expr | null = null;
      let name: string | null = null;
      if (cs[j] && cs[j]!.name !== 'Body') {
        type = expr(ctx, cs[j]!);
        j++;
        if (cs[j]?.name === 'as') {
          name = ctx.text(cs[j + 1]!);
          j += 2;
        } else if (cs[j]?.name === ',') {
          ctx.fail('SyntaxError', 'multiple exception types must be parenthesized', cs[i + 1]!.from, cs[j + 1]!.to);
        }
      } else if (handlers.length > 0 && handlers[handlers.length - 1]!.type === null) {
        ctx.fail('SyntaxError', "default 'except:' must be last", cs[i]!.from, cs[i]!.to);
      }
      if (handlers.length > 0 && handlers[handlers.length - 1]!.type === null) {
        ctx.fail('SyntaxError', "default 'except:' must be last", handlers[handlers.length - 1]!.line ? cs[i]!.from : cs[i]!.from);
      }
      handlers.push({ type, name, body: body(ctx, cs[j], cs[j - 1]!), ...ctx.span(kw.from, cs[j]?.to ?? kw.to) });
      i = j + 1;
      continue;
    }
    if (kw.name === 'else') {
      orelse = body(ctx, cs[i + 1], kw);
      i += 2;
      continue;
    }
    if (kw.name === 'finally') {
      finalbody = body(ctx, cs[i + 1], kw);
      i += 2;
      continue;
    }
    ctx.fail('SyntaxError', 'invalid syntax', kw.from, kw.to);
  }
  if (handlers.length === 0 && finalbody.length === 0) ctx.fail('SyntaxError', "expected 'except' or 'finally' block", node.to);
  return [{ kind: 'Try', body: tryBody, handlers, orelse, finalbody, ...span(ctx, node) }];
}

function withStmt(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  if (cs[0]!.name === 'async') ctx.unsupported(cs[0]!, 'async with');
  noErrors(ctx, cs);
  const bodyAt = cs.findIndex((c) => c.name === 'Body');
  const items: WithItem[] = [];
  for (const g of splitOn(cs.slice(1, bodyAt))) {
    if (g.length === 0) continue;
    const asAt = g.findIndex((n) => n.name === 'as');
    const e = expr(ctx, g[0]!);
    const vars = asAt >= 0 ? expr(ctx, g[asAt + 1]!) : null;
    if (vars) checkTarget(ctx, vars, 'assign');
    items.push({ expr: e, vars });
  }
  return [{ kind: 'With', items, body: body(ctx, cs[bodyAt], cs[bodyAt - 1]!), ...span(ctx, node) }];
}

function funcDef(ctx: ParseCtx, node: SyntaxNode, decorators: Expr[] = []): Stmt[] {
  const cs = kids(node);
  if (cs[0]!.name === 'async') ctx.unsupported(cs[0]!, 'async def');
  noErrors(ctx, cs);
  if (cs.some((c) => c.name === 'TypeParamList')) ctx.unsupported(cs.find((c) => c.name === 'TypeParamList')!, 'type parameter lists');
  const name = ctx.text(cs[1]!);
  const params = cs.find((c) => c.name === 'ParamList');
  if (!params) ctx.fail('SyntaxError', 'invalid syntax', cs[1]!.to);
  const b = cs.find((c) => c.name === 'Body');
  const ret = cs.find((c) => c.name === 'TypeDef');
  const returns = ret ? { returns: expr(ctx, kids(ret)[kids(ret).length - 1]!) } : {};
  return [{ kind: 'FunctionDef', name, args: parameters(ctx, params, false), body: body(ctx, b, params), decorators, isAsync: false, ...returns, ...span(ctx, node) }];
}

function classDef(ctx: ParseCtx, node: SyntaxNode, decorators: Expr[] = []): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  const name = ctx.text(cs[1]!);
  const args = cs.find((c) => c.name === 'ArgList');
  const { args: bases, keywords } = args ? argList(ctx, args) : { args: [], keywords: [] };
  const b = cs.find((c) => c.name === 'Body');
  return [{ kind: 'ClassDef', name, bases, keywords, body: body(ctx, b, args ?? cs[1]!), decorators, ...span(ctx, node) }];
}

function decorated(ctx: ParseCtx, node: SyntaxNode): Stmt[] {
  const cs = kids(node);
  noErrors(ctx, cs);
  const decorators: Expr[] = [];
  for (const d of cs.filter((c) => c.name === 'Decorator')) {
    const parts = kids(d).filter((k) => k.name !== 'At');
    let e: Expr | null = null;
    for (const p of parts) {
      if (p.name === '.') continue;
      if (p.name === 'VariableName') {
        const id = ctx.text(p);
        e = e === null ? { kind: 'Name', id, ...span(ctx, p) } : { kind: 'Attribute', value: e, attr: id, ...ctx.span(parts[0]!.from, p.to) };
      } else if (p.name === 'ArgList' && e) {
        const a = argList(ctx, p);
        e = { kind: 'Call', func: e, args: a.args, keywords: a.keywords, ...ctx.span(parts[0]!.from, p.to) };
      } else ctx.fail('SyntaxError', 'invalid syntax', p.from, p.to);
    }
    if (e) decorators.push(e);
  }
  const def = cs[cs.length - 1]!;
  return def.name === 'ClassDefinition' ? classDef(ctx, def, decorators) : funcDef(ctx, def, decorators);
}

function simple(kind: 'Pass' | 'Break' | 'Continue'): Conv {
  return (ctx, node) => [{ kind, ...span(ctx, node) } as Stmt];
}

const CONVERTERS: Record<string, Conv> = {
  ExpressionStatement: (ctx, n) => {
    const cs = kids(n);
    noErrors(ctx, cs);
    return [{ kind: 'Expr', value: exprList(ctx, cs), ...span(ctx, n) }];
  },
  AssignStatement: assign,
  UpdateStatement: update,
  DeleteStatement: (ctx, n) => {
    const cs = kids(n).slice(1);
    noErrors(ctx, cs);
    const targets = splitOn(cs)
      .filter((g) => g.length > 0)
      .map((g) => exprList(ctx, g));
    for (const t of targets) checkTarget(ctx, t, 'delete');
    return [{ kind: 'Delete', targets, ...span(ctx, n) }];
  },
  PassStatement: simple('Pass'),
  BreakStatement: simple('Break'),
  ContinueStatement: simple('Continue'),
  ReturnStatement: (ctx, n) => {
    const cs = kids(n).slice(1);
    noErrors(ctx, cs);
    return [{ kind: 'Return', value: cs.length > 0 ? exprList(ctx, cs) : null, ...span(ctx, n) }];
  },
  YieldStatement: (ctx, n) => {
    const cs = kids(n).slice(1);
    noErrors(ctx, cs);
    const value: Expr =
      cs[0]?.name === 'from'
        ? { kind: 'YieldFrom', value: expr(ctx, cs[1]!), ...span(ctx, n) }
        : { kind: 'Yield', value: cs.length > 0 ? exprList(ctx, cs) : null, ...span(ctx, n) };
    return [{ kind: 'Expr', value, ...span(ctx, n) }];
  },
  PrintStatement: (ctx, n) => ctx.fail('SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", n.from, n.to),
  RaiseStatement: (ctx, n) => {
    const cs = kids(n).slice(1);
    noErrors(ctx, cs);
    if (cs.some((c) => c.name === ',')) ctx.fail('SyntaxError', 'invalid syntax', cs.find((c) => c.name === ',')!.from);
    const fromAt = cs.findIndex((c) => c.name === 'from');
    const exc = cs.length > 0 ? expr(ctx, cs[0]!) : null;
    const cause = fromAt >= 0 ? expr(ctx, cs[fromAt + 1]!) : null;
    return [{ kind: 'Raise', exc, cause, ...span(ctx, n) }];
  },
  ImportStatement: importStmt,
  ScopeStatement: (ctx, n) => {
    const cs = kids(n);
    noErrors(ctx, cs);
    const names = cs.filter((c) => c.name === 'VariableName').map((c) => ctx.text(c));
    return [{ kind: cs[0]!.name === 'global' ? 'Global' : 'Nonlocal', names, ...span(ctx, n) } as Stmt];
  },
  AssertStatement: (ctx, n) => {
    const cs = kids(n).slice(1);
    noErrors(ctx, cs);
    const groups = splitOn(cs);
    return [{ kind: 'Assert', test: exprList(ctx, groups[0]!), msg: groups[1] ? exprList(ctx, groups[1]) : null, ...span(ctx, n) }];
  },
  StatementGroup: (ctx, n) => kids(n).flatMap((k) => (k.name === ';' ? [] : stmts(ctx, k))),
  IfStatement: ifStmt,
  WhileStatement: whileStmt,
  ForStatement: forStmt,
  TryStatement: tryStmt,
  WithStatement: withStmt,
  FunctionDefinition: (ctx, n) => funcDef(ctx, n),
  ClassDefinition: (ctx, n) => classDef(ctx, n),
  DecoratedStatement: decorated,
  MatchStatement: (ctx, n) => ctx.unsupported(n.firstChild ?? n, 'match statement'),
  TypeDefinition: (ctx, n) => ctx.unsupported(n, 'type statement'),
};
