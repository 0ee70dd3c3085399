/**
 * What every conversion function needs: the source, its line table, and helpers to
 * read lezer nodes (children, text, positions) and to fail with a positioned error.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Span } from './ast.js';
import { type CompileErrorKind, PythonCompileError } from './errors.js';

export class ParseCtx {
  readonly lineStarts: number[] = [0];
  readonly lines: string[];

  constructor(
    readonly src: string,
    readonly filename: string,
  ) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.lines = src.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }

  /** 1-based line and 0-based column of a source offset. */
  pos(offset: number): { line: number; col: number } {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - ls[lo]! };
  }

  span(from: number, to: number): Span {
    const a = this.pos(from);
    const b = this.pos(to);
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  spanOf(node: SyntaxNode): Span {
    return this.span(node.from, node.to);
  }

  text(node: SyntaxNode): string {
    return this.src.slice(node.from, node.to);
  }

  /** Fails at a source offset. `width` is the caret width (default: to `to` or 1). */
  fail(kind: CompileErrorKind, detail: string, from: number, to = from + 1): never {
    const { line, col } = this.pos(from);
    const end = this.pos(Math.max(from + 1, to));
    const width = end.line === line ? end.col - col : (this.lines[line - 1]?.length ?? col + 1) - col;
    throw new PythonCompileError(kind, detail, this.filename, line, col + 1, this.lines[line - 1] ?? '', Math.max(1, width));
  }

  failAt(node: SyntaxNode | Span, kind: CompileErrorKind, detail: string): never {
    if ('from' in node) this.fail(kind, detail, node.from, node.to);
    const s = node as Span;
    const width = s.endLine === s.line ? s.endCol - s.col : (this.lines[s.line - 1]?.length ?? s.col + 1) - s.col;
    throw new PythonCompileError(kind, detail, this.filename, s.line, s.col + 1, this.lines[s.line - 1] ?? '', Math.max(1, width));
  }

  unsupported(node: SyntaxNode | Span, what: string): never {
    return this.failAt(node, 'unsupported', what);
  }
}

/** The children of a node, in order. */
export function kids(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === 'Comment') continue;
    if (c.type.isError && c.from === c.to && c.prevSibling?.name === 'yield') continue; // bare `yield`
    out.push(c);
  }
  return out;
}

/** Splits children on a separator token name (',' by default), dropping the separators. */
export function splitOn(nodes: SyntaxNode[], sep = ','): SyntaxNode[][] {
  const groups: SyntaxNode[][] = [[]];
  for (const n of nodes) {
    if (n.name === sep) groups.push([]);
    else groups[groups.length - 1]!.push(n);
  }
  return groups;
}

/** Punctuation and keyword tokens that never start an expression. */
export const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',', ':', '.', ';']);
