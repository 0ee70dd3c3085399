/**
 * lezer expression nodes → AST expressions. One converter per node name (a table),
 * plus the sequence parsers for the constructs lezer flattens into token lists
 * (argument lists, comprehensions, subscripts, parameter lists).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Arg, Arguments, BinOpName, CmpOpName, Comprehension, Expr, ExprOf, Keyword } from './ast.js';
import { type ParseCtx, kids, splitOn } from './context.js';
import { formatString, mergeText, plainString } from './strings.js';

type Conv = (ctx: ParseCtx, node: SyntaxNode) => Expr;

const ARITH: Record<string, BinOpName> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '@': 'matmul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '<<': 'lshift',
  '>>': 'rshift',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
};

const COMPARE: Record<string, CmpOpName> = {
  '<': 'lt',
  '<=': 'le',
  '==': 'eq',
  '!=': 'ne',
  '>': 'gt',
  '>=': 'ge',
  in: 'in',
  'not in': 'notin',
  is: 'is',
  'is not': 'isnot',
};

/** Converts an expression node. */
export function expr(ctx: ParseCtx, node: SyntaxNode): Expr {
  const conv = CONVERTERS[node.name];
  if (conv) return conv(ctx, node);
  if (node.name === '⚠') ctx.fail('SyntaxError', 'invalid syntax', node.from, node.to);
  if (node.name === '*') ctx.fail('SyntaxError', 'invalid syntax', node.from, node.to);
  return ctx.fail('SyntaxError', 'invalid syntax', node.from, node.to);
}

const at = (ctx: ParseCtx, node: SyntaxNode) => ctx.spanOf(node);

/** A comma-separated item list: `*x` items become Starred. */
function items(ctx: ParseCtx, nodes: SyntaxNode[]): Expr[] {
  const out: Expr[] = [];
  for (const g of splitOn(nodes)) {
    if (g.length === 0) continue;
    out.push(item(ctx, g));
  }
  return out;
}

/** A '*' token, or the error node lezer makes of one in a comprehension target. */
const isStar = (ctx: ParseCtx, n: SyntaxNode): boolean => n.name === '*' || (n.type.isError && ctx.text(n).trim() === '*');

function item(ctx: ParseCtx, g: SyntaxNode[]): Expr {
  if (isStar(ctx, g[0]!)) {
    if (g.length !== 2) ctx.fail('SyntaxError', 'invalid syntax', g[0]!.from);
    return { kind: 'Starred', value: expr(ctx, g[1]!), ...ctx.span(g[0]!.from, g[1]!.to) };
  }
  if (g.length !== 1) ctx.fail('SyntaxError', 'invalid syntax', g[1]!.from, g[1]!.to);
  return expr(ctx, g[0]!);
}

/**
 * `a, b` (a tuple) or `a` from the nodes of an expression list; a trailing comma
 * makes a tuple too.
 */
export function exprList(ctx: ParseCtx, nodes: SyntaxNode[]): Expr {
  const groups = splitOn(nodes);
  const trailing = groups.length > 1 && groups[groups.length - 1]!.length === 0;
  const elts = items(ctx, nodes);
  if (elts.length === 1 && !trailing) {
    if (elts[0]!.kind === 'Starred') ctx.failAt(elts[0]!, 'SyntaxError', "can't use starred expression here");
    return elts[0]!;
  }
  const first = nodes[0]!;
  const last = nodes[nodes.length - 1]!;
  return { kind: 'Tuple', elts, ...ctx.span(first.from, last.to) };
}

function number(ctx: ParseCtx, node: SyntaxNode): Expr {
  const raw = ctx.text(node);
  const t = raw.replace(/_/g, '');
  const span = at(ctx, node);
  if (/[jJ]$/.test(t)) return { kind: 'Constant', value: { t: 'complex', v: Number(t.slice(0, -1)) }, ...span };
  if (/^0[xXoObB]/.test(t)) return { kind: 'Constant', value: { t: 'int', v: intValue(BigInt(t)) }, ...span };
  if (/[.eE]/.test(t)) return { kind: 'Constant', value: { t: 'float', v: Number(t) }, ...span };
  if (/^0+[1-9]/.test(t)) {
    ctx.fail('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', node.from, node.to);
  }
  return { kind: 'Constant', value: { t: 'int', v: t.length <= 15 ? Number(t) : intValue(BigInt(t)) }, ...span };
}

const intValue = (v: bigint): number | bigint => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);

function stringNode(ctx: ParseCtx, node: SyntaxNode): Expr {
  const c = plainString(ctx, node);
  return { kind: 'Constant', value: c, ...at(ctx, node) };
}

/** Adjacent literals: 'a' "b" f'{c}' concatenate (bytes only with bytes). */
function continued(ctx: ParseCtx, node: SyntaxNode): Expr {
  const parts = kids(node).map((k) => (k.name === 'FormatString' ? formatString(ctx, k, (n) => expr(ctx, n)) : plainString(ctx, k)));
  const span = at(ctx, node);
  const bytes = parts.filter((p) => 't' in p && p.t === 'bytes').length;
  if (bytes > 0 && bytes < parts.length) ctx.fail('SyntaxError', 'cannot mix bytes and nonbytes literals', node.from, node.to);
  if (bytes > 0) {
    const chunks = parts.map((p) => (p as { v: Uint8Array }).v);
    const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let off = 0;
    for (const c of chunks) {
      all.set(c, off);
      off += c.length;
    }
    return { kind: 'Constant', value: { t: 'bytes', v: all }, ...span };
  }
  if (parts.every((p) => 't' in p)) return { kind: 'Constant', value: { t: 'str', v: parts.map((p) => (p as { v: string }).v).join('') }, ...span };
  const joined = parts.flatMap((p) => ('t' in p ? [p.v as string] : p.parts));
  return { kind: 'JoinedStr', parts: mergeText(joined), ...span };
}

function binary(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node);
  const left = cs[0]!;
  const right = cs[cs.length - 1]!;
  const opText = cs
    .slice(1, -1)
    .map((c) => ctx.text(c))
    .join(' ');
  const span = at(ctx, node);
  if (opText === 'and' || opText === 'or') {
    const l = expr(ctx, left);
    const r = expr(ctx, right);
    const values = l.kind === 'BoolOp' && l.op === opText && left.name === 'BinaryExpression' ? [...l.values, r] : [l, r];
    return { kind: 'BoolOp', op: opText, values, ...span };
  }
  const cmp = COMPARE[opText];
  if (cmp !== undefined) {
    const l = expr(ctx, left);
    const r = expr(ctx, right);
    if (l.kind === 'Compare' && left.name === 'BinaryExpression') {
      return { kind: 'Compare', left: l.left, ops: [...l.ops, cmp], comparators: [...l.comparators, r], ...span };
    }
    return { kind: 'Compare', left: l, ops: [cmp], comparators: [r], ...span };
  }
  if (opText === '<>') ctx.fail('SyntaxError', 'invalid syntax', cs[1]!.from, cs[1]!.to);
  const op = ARITH[opText];
  if (op === undefined) ctx.fail('SyntaxError', 'invalid syntax', cs[1]!.from, cs[1]!.to);
  return { kind: 'BinOp', op, left: expr(ctx, left), right: expr(ctx, right), ...span };
}

function unary(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node);
  const t = ctx.text(cs[0]!);
  const op = t === '-' ? 'neg' : t === '+' ? 'pos' : t === '~' ? 'invert' : 'not';
  if (op === 'not') return notOf(ctx, node.from, cs[cs.length - 1]!);
  return { kind: 'UnaryOp', op, operand: expr(ctx, cs[cs.length - 1]!), ...at(ctx, node) };
}

/**
 * `not` starting at `from`, applied to `operand`. Lezer's grammar lets `not` take a
 * whole and/or chain (`not a and b` as `not (a and b)`); in Python `not` binds
 * tighter than `and`/`or`, so it goes down to the chain's leftmost operand.
 */
function notOf(ctx: ParseCtx, from: number, operand: SyntaxNode): Expr {
  if (operand.name === 'BinaryExpression') {
    const cs = kids(operand);
    const opText = cs
      .slice(1, -1)
      .map((c) => ctx.text(c))
      .join(' ');
    if (opText === 'and' || opText === 'or') {
      const l = notOf(ctx, from, cs[0]!);
      const r = expr(ctx, cs[cs.length - 1]!);
      const values = l.kind === 'BoolOp' && l.op === opText && cs[0]!.name === 'BinaryExpression' ? [...l.values, r] : [l, r];
      return { kind: 'BoolOp', op: opText, values, ...ctx.span(from, operand.to) };
    }
  }
  return { kind: 'UnaryOp', op: 'not', operand: expr(ctx, operand), ...ctx.span(from, operand.to) };
}

/** `f(a, *b, c=1, **d)` and `f(x for x in y)`. */
export function argList(ctx: ParseCtx, node: SyntaxNode): { args: Expr[]; keywords: Keyword[] } {
  const inner = kids(node).filter((k) => k.name !== '(' && k.name !== ')');
  const groups = splitArgs(inner).filter((g) => g.length > 0);
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  for (const g of groups) {
    const first = g[0]!;
    if (first.name === '⚠') ctx.fail('SyntaxError', 'invalid syntax', first.from, first.to);
    if (first.name === '**') {
      keywords.push({ arg: null, value: expr(ctx, g[1]!), ...ctx.span(first.from, g[g.length - 1]!.to) });
      continue;
    }
    if (first.name === '*') {
      if (keywords.some((k) => k.arg === null)) ctx.fail('SyntaxError', 'iterable argument unpacking follows keyword argument unpacking', first.from, g[g.length - 1]!.to);
      args.push({ kind: 'Starred', value: expr(ctx, g[1]!), ...ctx.span(first.from, g[g.length - 1]!.to) });
      continue;
    }
    if (g.length >= 3 && g[1]!.name === 'AssignOp') {
      if (ctx.text(g[1]!) === ':=') {
        args.push({ kind: 'NamedExpr', target: expr(ctx, first), value: expr(ctx, g[2]!), ...ctx.span(first.from, g[2]!.to) });
        continue;
      }
      if (first.name !== 'VariableName') ctx.fail('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', first.from, g[2]!.to);
      const name = ctx.text(first);
      if (keywords.some((k) => k.arg === name)) ctx.fail('SyntaxError', `keyword argument repeated: ${name}`, first.from, first.to);
      keywords.push({ arg: name, value: expr(ctx, g[2]!), ...ctx.span(first.from, g[2]!.to) });
      continue;
    }
    if (g.length > 1 && g[1]!.name === 'for') {
      if (groups.length > 1) ctx.fail('SyntaxError', 'Generator expression must be parenthesized', first.from, g[g.length - 1]!.to);
      const span = ctx.span(node.from, node.to);
      args.push({ kind: 'GeneratorExp', elt: expr(ctx, first), generators: comprehension(ctx, g.slice(1)), ...span });
      continue;
    }
    if (g.length !== 1) ctx.fail('SyntaxError', 'invalid syntax', g[1]!.from, g[1]!.to);
    if (keywords.length > 0) {
      const kw = keywords.some((k) => k.arg === null);
      ctx.fail('SyntaxError', kw ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument', first.from, first.to);
    }
    args.push(expr(ctx, first));
  }
  return { args, keywords };
}

/** Splits arguments on commas, except those of a generator's `for a, b in` target. */
function splitArgs(nodes: SyntaxNode[]): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  let inTarget = false;
  for (const n of nodes) {
    if (n.name === 'for') inTarget = true;
    else if (n.name === 'in') inTarget = false;
    if (n.name === ',' && !inTarget) groups.push([]);
    else groups[groups.length - 1]!.push(n);
  }
  return groups;
}

/** The `for … in … if …` clauses that follow a comprehension's element. */
function comprehension(ctx: ParseCtx, nodes: SyntaxNode[]): Comprehension[] {
  const out: Comprehension[] = [];
  let i = 0;
  while (i < nodes.length) {
    const n = nodes[i]!;
    if (n.name === 'async') ctx.unsupported(n, 'async comprehensions');
    if (n.name === 'for') {
      const inAt = nodes.findIndex((x, j) => j > i && x.name === 'in');
      if (inAt < 0) ctx.fail('SyntaxError', 'invalid syntax', n.from, n.to);
      const target = exprList(ctx, nodes.slice(i + 1, inAt));
      const iter = expr(ctx, nodes[inAt + 1]!);
      out.push({ target, iter, ifs: [] });
      i = inAt + 2;
      continue;
    }
    if (n.name === 'if') {
      if (out.length === 0 || !nodes[i + 1]) ctx.fail('SyntaxError', 'invalid syntax', n.from, n.to);
      out[out.length - 1]!.ifs.push(expr(ctx, nodes[i + 1]!));
      i += 2;
      continue;
    }
    ctx.fail('SyntaxError', 'invalid syntax', n.from, n.to);
  }
  return out;
}

/** Inner nodes of a bracketed construct (without its brackets). */
const inner = (node: SyntaxNode): SyntaxNode[] => {
  const cs = kids(node);
  return cs.slice(1, cs[cs.length - 1] && [')', ']', '}'].includes(cs[cs.length - 1]!.name) ? -1 : undefined);
};

function checkErrors(ctx: ParseCtx, nodes: SyntaxNode[]): void {
  for (const n of nodes) if (n.name === '⚠' && !isStar(ctx, n)) ctx.fail('SyntaxError', 'invalid syntax', n.from, n.to);
}

function comp(kind: 'ListComp' | 'SetComp' | 'GeneratorExp'): Conv {
  return (ctx, node) => {
    const ns = inner(node);
    checkErrors(ctx, ns);
    const forAt = ns.findIndex((n) => n.name === 'for' || n.name === 'async');
    if (ns[0]!.name === '*') ctx.fail('SyntaxError', 'iterable unpacking cannot be used in comprehension', ns[0]!.from, ns[1]!.to);
    return { kind, elt: expr(ctx, ns[0]!), generators: comprehension(ctx, ns.slice(forAt)), ...at(ctx, node) };
  };
}

function dictComp(ctx: ParseCtx, node: SyntaxNode): Expr {
  const ns = inner(node);
  checkErrors(ctx, ns);
  if (ns[0]!.name === '**') ctx.fail('SyntaxError', 'dict unpacking cannot be used in dict comprehension', ns[0]!.from, ns[1]!.to);
  const forAt = ns.findIndex((n) => n.name === 'for' || n.name === 'async');
  return { kind: 'DictComp', key: expr(ctx, ns[0]!), value: expr(ctx, ns[2]!), generators: comprehension(ctx, ns.slice(forAt)), ...at(ctx, node) };
}

function dict(ctx: ParseCtx, node: SyntaxNode): Expr {
  const keys: (Expr | null)[] = [];
  const values: Expr[] = [];
  for (const g of splitOn(inner(node))) {
    if (g.length === 0) continue;
    checkErrors(ctx, g);
    if (g[0]!.name === '**') {
      keys.push(null);
      values.push(expr(ctx, g[1]!));
    } else {
      if (g.length !== 3 || g[1]!.name !== ':') ctx.fail('SyntaxError', 'invalid syntax', g[0]!.from, g[g.length - 1]!.to);
      keys.push(expr(ctx, g[0]!));
      values.push(expr(ctx, g[2]!));
    }
  }
  return { kind: 'Dict', keys, values, ...at(ctx, node) };
}

function seq(kind: 'List' | 'Set' | 'Tuple'): Conv {
  return (ctx, node) => {
    const ns = inner(node);
    checkErrors(ctx, ns);
    return { kind, elts: items(ctx, ns), ...at(ctx, node) };
  };
}

function member(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node);
  const value = expr(ctx, cs[0]!);
  const span = at(ctx, node);
  if (cs[1]?.name === '.') {
    const prop = cs[2];
    if (!prop || prop.name !== 'PropertyName') ctx.fail('SyntaxError', 'invalid syntax', (prop ?? cs[1]!).from, (prop ?? cs[1]!).to);
    return { kind: 'Attribute', value, attr: ctx.text(prop), ...span };
  }
  const ns = cs.slice(2, cs[cs.length - 1]!.name === ']' ? -1 : undefined);
  checkErrors(ctx, ns);
  const groups = splitOn(ns);
  const trailing = groups.length > 1 && groups[groups.length - 1]!.length === 0;
  const elts = groups.filter((g) => g.length > 0).map((g) => subscriptItem(ctx, g));
  if (elts.length === 0) ctx.fail('SyntaxError', 'invalid syntax', cs[1]!.from, node.to);
  const slice: Expr = elts.length === 1 && !trailing ? elts[0]! : { kind: 'Tuple', elts, ...ctx.span(ns[0]!.from, ns[ns.length - 1]!.to) };
  return { kind: 'Subscript', value, slice, ...span };
}

function subscriptItem(ctx: ParseCtx, g: SyntaxNode[]): Expr {
  if (!g.some((n) => n.name === ':')) return item(ctx, g);
  const parts: (Expr | null)[] = [null, null, null];
  let k = 0;
  for (const n of g) {
    if (n.name === ':') k++;
    else parts[k] = expr(ctx, n);
  }
  return { kind: 'Slice', lower: parts[0]!, upper: parts[1]!, step: parts[2]!, ...ctx.span(g[0]!.from, g[g.length - 1]!.to) };
}

function call(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node);
  const { args, keywords } = argList(ctx, cs[1]!);
  return { kind: 'Call', func: expr(ctx, cs[0]!), args, keywords, ...at(ctx, node) };
}

function paren(ctx: ParseCtx, node: SyntaxNode): Expr {
  const ns = inner(node);
  checkErrors(ctx, ns);
  if (ns.length === 0) return { kind: 'Tuple', elts: [], ...at(ctx, node) };
  if (ns[0]!.name === '*') ctx.fail('SyntaxError', 'cannot use starred expression here', ns[0]!.from, ns[1]!.to);
  return expr(ctx, ns[0]!);
}

/** The '/' of a lambda's positional-only parameters, which lezer's grammar lacks (def has it). */
export function lambdaSlash(ctx: ParseCtx, node: SyntaxNode): boolean {
  return node.type.isError && ctx.text(node).trim() === '/' && node.parent?.name === 'ParamList' && node.parent.parent?.name === 'LambdaExpression';
}

/** Parameters of a def (ParamList with parens) or a lambda (without). */
export function parameters(ctx: ParseCtx, node: SyntaxNode, isLambda: boolean): Arguments {
  const a: Arguments = { posonly: [], args: [], defaults: [], vararg: null, kwonly: [], kwDefaults: [], kwarg: null };
  const ns = kids(node).filter((k) => k.name !== '(' && k.name !== ')' && !lambdaSlash(ctx, k));
  checkErrors(ctx, ns);
  let afterStar = false;
  let sawDefault = false;
  let prevEnd = node.from;
  const seen = new Set<string>();
  const argOf = (n: SyntaxNode): Arg => {
    const name = ctx.text(n);
    if (seen.has(name)) ctx.fail('SyntaxError', `duplicate argument '${name}' in function definition`, n.from, n.to);
    seen.add(name);
    const t = n.nextSibling;
    if (t?.name === 'TypeDef') return { name, annotation: expr(ctx, kids(t)[1]!), ...ctx.spanOf(n) };
    return { name, ...ctx.spanOf(n) };
  };
  const groups: { nodes: SyntaxNode[]; from: number; to: number }[] = [];
  let cur: SyntaxNode[] = [];
  for (const n of ns) {
    if (n.name === ',') {
      groups.push({ nodes: cur, from: prevEnd, to: n.from });
      cur = [];
      prevEnd = n.to;
    } else cur.push(n);
  }
  groups.push({ nodes: cur, from: prevEnd, to: isLambda ? node.to : node.to - 1 });
  for (const { nodes: g, from, to } of groups) {
    if (g.length === 0) {
      if (ctx.src.slice(from, to).includes('/')) {
        if (a.posonly.length > 0 || afterStar || a.args.length === 0) ctx.fail('SyntaxError', 'invalid syntax', from, to);
        a.posonly = a.args;
        a.args = [];
      }
      continue;
    }
    const first = g[0]!;
    if (first.name === '**') {
      a.kwarg = argOf(g[1]!);
      continue;
    }
    if (first.name === '*') {
      if (afterStar) ctx.fail('SyntaxError', '* argument may appear only once', first.from, first.to);
      afterStar = true;
      if (g[1]?.name === 'VariableName') a.vararg = argOf(g[1]);
      continue;
    }
    if (a.kwarg) ctx.fail('SyntaxError', 'arguments cannot follow var-keyword argument', first.from, first.to);
    const arg = argOf(first);
    const eq = g.findIndex((n) => n.name === 'AssignOp');
    const def = eq >= 0 ? expr(ctx, g[eq + 1]!) : null;
    if (afterStar) {
      a.kwonly.push(arg);
      a.kwDefaults.push(def);
    } else {
      if (def) {
        a.defaults.push(def);
        sawDefault = true;
      } else if (sawDefault) ctx.fail('SyntaxError', 'non-default argument follows default argument', first.from, first.to);
      a.args.push(arg);
    }
  }
  if (afterStar && !a.vararg && a.kwonly.length === 0) ctx.fail('SyntaxError', 'named arguments must follow bare *', node.from, node.to);
  return a;
}

function lambda(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node);
  const params = cs.find((c) => c.name === 'ParamList');
  const colon = cs.findIndex((c) => c.name === ':');
  const args = params ? parameters(ctx, params, true) : parameters(ctx, cs[0]!, true);
  if (colon < 0 || !cs[colon + 1]) ctx.fail('SyntaxError', 'invalid syntax', node.to);
  return { kind: 'Lambda', args, body: expr(ctx, cs[colon + 1]!), ...at(ctx, node) };
}

function yieldExpr(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node).slice(1);
  if (cs[0]?.name === 'from') return { kind: 'YieldFrom', value: expr(ctx, cs[1]!), ...at(ctx, node) };
  return { kind: 'Yield', value: cs.length === 0 ? null : exprList(ctx, cs), ...at(ctx, node) };
}

function conditional(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node);
  checkErrors(ctx, cs);
  return { kind: 'IfExp', body: expr(ctx, cs[0]!), test: expr(ctx, cs[2]!), orelse: expr(ctx, cs[4]!), ...at(ctx, node) };
}

function named(ctx: ParseCtx, node: SyntaxNode): Expr {
  const cs = kids(node);
  const target = expr(ctx, cs[0]!);
  if (target.kind !== 'Name') ctx.failAt(target, 'SyntaxError', `cannot use assignment expressions with ${exprName(target)}`);
  return { kind: 'NamedExpr', target, value: expr(ctx, cs[2]!), ...at(ctx, node) };
}

/** What CPython calls an expression in "cannot assign to …" messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Call':
      return 'function call';
    case 'Constant':
      return e.value.t === 'none' ? 'None' : e.value.t === 'bool' ? (e.value.v ? 'True' : 'False') : e.value.t === 'ellipsis' ? 'ellipsis' : 'literal';
    case 'Compare':
      return 'comparison';
    case 'IfExp':
      return 'conditional expression';
    case 'Lambda':
      return 'lambda';
    case 'Dict':
      return 'dict literal';
    case 'Set':
      return 'set display';
    case 'JoinedStr':
      return 'f-string expression';
    case 'ListComp':
      return 'list comprehension';
    case 'SetComp':
      return 'set comprehension';
    case 'DictComp':
      return 'dict comprehension';
    case 'GeneratorExp':
      return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'NamedExpr':
      return 'named expression';
    case 'Attribute':
      return 'attribute';
    case 'Subscript':
      return 'subscript';
    case 'Name':
      return 'name';
    case 'Tuple':
      return 'tuple';
    case 'List':
      return 'list';
    case 'Starred':
      return 'starred';
    case 'Slice':
      return 'slice';
    default:
      return 'expression';
  }
}

const CONVERTERS: Record<string, Conv> = {
  VariableName: (ctx, n) => ({ kind: 'Name', id: ctx.text(n), ...at(ctx, n) }),
  Number: number,
  String: stringNode,
  FormatString: (ctx, n) => formatString(ctx, n, (k) => expr(ctx, k)),
  ContinuedString: continued,
  Boolean: (ctx, n) => ({ kind: 'Constant', value: { t: 'bool', v: ctx.text(n) === 'True' }, ...at(ctx, n) }),
  None: (ctx, n) => ({ kind: 'Constant', value: { t: 'none' }, ...at(ctx, n) }),
  Ellipsis: (ctx, n) => ({ kind: 'Constant', value: { t: 'ellipsis' }, ...at(ctx, n) }),
  BinaryExpression: binary,
  UnaryExpression: unary,
  CallExpression: call,
  MemberExpression: member,
  ParenthesizedExpression: paren,
  TupleExpression: seq('Tuple'),
  ArrayExpression: seq('List'),
  SetExpression: seq('Set'),
  DictionaryExpression: dict,
  ArrayComprehensionExpression: comp('ListComp'),
  SetComprehensionExpression: comp('SetComp'),
  ComprehensionExpression: comp('GeneratorExp'),
  DictionaryComprehensionExpression: dictComp,
  ConditionalExpression: conditional,
  LambdaExpression: lambda,
  YieldExpression: yieldExpr,
  NamedExpression: named,
  AwaitExpression: (ctx, n) => ctx.unsupported(n, 'await expressions'),
};

export type { ExprOf };
