/**
 * Source text → AST module, or a PythonCompileError with CPython's wording.
 *
 * Three passes: the lexical check (indentation, brackets, strings — what lezer
 * tolerates silently), the lezer parse (its first error node becomes "invalid
 * syntax" or a more specific message), and the conversion to the typed AST, which
 * also rejects what the subset does not support.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Module, Stmt } from './ast.js';
import { ParseCtx, kids } from './context.js';
import { PythonCompileError, tooDeep } from './errors.js';
import { stmts } from './stmt.js';
import { lexCheck } from './tokenize.js';
import { parseTree } from './deep.js';
import { lezerView } from './formfeed.js';
import { lambdaSlash } from './expr.js';

const COMPOUND = new Set([
  'IfStatement',
  'WhileStatement',
  'ForStatement',
  'FunctionDefinition',
  'ClassDefinition',
  'WithStatement',
  'TryStatement',
]);

/** Parses a module. Throws PythonCompileError. */
export function parseModule(source: string, filename: string): Module {
  const ctx = new ParseCtx(source, filename);
  const dots: number[] = [];
  const lex = lexCheck(source, dots);
  const { tree, deep } = parseTree(lezerView(dots.length === 0 ? source : maskDots(source, dots)));
  const firstError = findError(ctx, tree.topNode);
  // The lexical error wins unless the parser failed on an earlier line; indentation
  // errors win always (lezer's error is their consequence), except an unexpected
  // indent, which CPython's parser (not its tokenizer) reports, in order.
  const lexFirst = lex !== null && (!firstError || ctx.pos(firstError.from).line >= lex.line || (lex.kind !== 'SyntaxError' && lex.msg !== 'unexpected indent'));
  if (lex && lexFirst) {
    throw new PythonCompileError(lex.kind, lex.msg, filename, lex.line, lex.col, ctx.lines[lex.line - 1] ?? '', lex.width, lex.caret);
  }
  if (firstError && deep) throw tooDeep(filename);
  if (firstError) reportError(ctx, firstError);
  const body: Stmt[] = [];
  for (const k of kids(tree.topNode)) body.push(...stmts(ctx, k));
  return { body, lines: ctx.lines, filename };
}

/** The source with each float literal's trailing '.' (see lexCheck) replaced by '0', for lezer. */
function maskDots(source: string, dots: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const i of dots) {
    out += `${source.slice(from, i)}0`;
    from = i + 1;
  }
  return out + source.slice(from);
}

/**
 * The first error node in document order, skipping the ones the converter reads
 * itself: inside f-strings (scanned by strings.ts), a bare `yield` (lezer's grammar
 * wants a value), and a starred comprehension target (`for a, *b in x`).
 */
function findError(ctx: ParseCtx, top: SyntaxNode): SyntaxNode | null {
  const cursor = top.cursor();
  for (;;) {
    if (cursor.name === 'FormatString') {
      if (!cursor.next(false)) return null;
      continue;
    }
    if (cursor.type.isError && !tolerated(ctx, cursor.node)) return cursor.node;
    if (!cursor.next()) return null;
  }
}

/** Error nodes that stand for valid Python lezer does not parse (see findError). */
export function tolerated(ctx: ParseCtx, node: SyntaxNode): boolean {
  const parent = node.parent?.name;
  if (node.from === node.to && node.prevSibling?.name === 'yield' && (parent === 'YieldStatement' || parent === 'YieldExpression')) return true;
  if (lambdaSlash(ctx, node)) return true;
  return ctx.text(node).trim() === '*' && parent !== undefined && parent.endsWith('ComprehensionExpression');
}

function reportError(ctx: ParseCtx, node: SyntaxNode): never {
  const parent = node.parent;
  const prev = node.prevSibling;
  if (parent && COMPOUND.has(parent.name) && prev && prev.name !== 'Body') {
    const rest = ctx.src.slice(node.from, ctx.src.indexOf('\n', node.from) < 0 ? undefined : ctx.src.indexOf('\n', node.from));
    if (/^\s*(#.*)?$/.test(rest)) ctx.fail('SyntaxError', "expected ':'", node.from);
  }
  // An error in a print statement written the Python 2 way.
  for (let p: SyntaxNode | null = node; p; p = p.parent) {
    if (p.name === 'PrintStatement') ctx.fail('SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", p.from, p.to);
  }
  let from = node.from;
  // Point at the next token when the error node is empty (CPython points at what it could not use).
  if (node.to === node.from) {
    while (from < ctx.src.length && (ctx.src[from] === ' ' || ctx.src[from] === '\t')) from++;
  }
  const end = nextTokenEnd(ctx.src, from);
  ctx.fail('SyntaxError', 'invalid syntax', from, end);
}

/** The end of the token that starts at `from` (for the caret width). */
function nextTokenEnd(src: string, from: number): number {
  const m = /^([A-Za-z_][A-Za-z0-9_]*|\d+|\S)/.exec(src.slice(from, from + 80));
  return from + (m ? m[0].length : 1);
}
