/**
 * The error a Python program gets before it runs: a syntax error, an indentation
 * error, or a construct outside the supported subset. One type, so that the CLI can
 * print it on one line (`prog.py:3:1: unsupported: match statement`) and `runPython`
 * can print it the way CPython does (File/line/caret, then `SyntaxError: ...`).
 */

export type CompileErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'unsupported';

export class PythonCompileError extends Error {
  constructor(
    readonly kind: CompileErrorKind,
    /** CPython's message, without the kind ('invalid syntax', 'match statement'). */
    readonly detail: string,
    readonly filename: string,
    /** 1-based line. */
    readonly line: number,
    /** 1-based column (characters). */
    readonly col: number,
    /** The offending source line (without its newline), or '' when unknown. */
    readonly text: string,
    /** How many characters the caret line underlines (CPython's ^^^), at least 1. */
    readonly width = 1,
    /** CPython prints no caret for some errors (unexpected indent). */
    readonly caret = true,
  ) {
    super(`${filename}:${line}:${col}: ${kind === 'unsupported' ? 'unsupported' : kind}: ${detail}`);
    this.name = 'PythonCompileError';
  }

  /** What CPython writes to stderr for this error (unsupported constructs use the same shape). */
  render(): string {
    const label = this.kind === 'unsupported' ? 'SyntaxError: unsupported by forkscope' : this.kind;
    let out = `  File "${this.filename}", line ${this.line}\n`;
    if (this.text !== '') {
      const stripped = this.text.replace(/^[ \t\f]+/, '');
      const removed = this.text.length - stripped.length;
      out += `    ${stripped.replace(/\s+$/, '')}\n`;
      if (this.caret) {
        const pad = Math.max(0, this.col - 1 - removed);
        out += `    ${' '.repeat(pad)}${'^'.repeat(Math.max(1, this.width))}\n`;
      }
    }
    return `${out}${label}: ${this.detail}\n`;
  }
}
