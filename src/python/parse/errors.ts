/**
 * The error a Python program gets before it runs: a syntax error, an indentation
 * error, or a construct outside the supported subset. One type, so that the CLI can
 * print it on one line (`prog.py:3:1: unsupported: match statement`) and `runPython`
 * can print it the way CPython does (File/line/caret, then `SyntaxError: ...`).
 */

export type CompileErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError' | 'RecursionError' | 'unsupported';

export class PythonCompileError extends Error {
  constructor(
    readonly kind: CompileErrorKind,
    /** CPython's message, without the kind ('invalid syntax', 'match statement'). */
    readonly detail: string,
    readonly filename: string,
    /** 1-based line (0: the error has no place in the source). */
    readonly line: number,
    /** 1-based column (characters; 0 with line 0). */
    readonly col: number,
    /** The offending source line (without its newline), or '' when unknown. */
    readonly text: string,
    /** How many characters the caret line underlines (CPython's ^^^), at least 1. */
    readonly width = 1,
    /** CPython prints no caret for some errors (unexpected indent). */
    readonly caret = true,
    /**
     * CPython prints some errors as their message alone, without the File/line part
     * (a source that cannot be decoded, compilation too deep); `line` and `col` still
     * say where, for forkscope's one-line form.
     */
    readonly located = true,
  ) {
    super(`${line > 0 ? `${filename}:${line}:${col}` : filename}: ${kind === 'unsupported' ? 'unsupported' : kind}: ${detail}`);
    this.name = 'PythonCompileError';
  }

  /** Where it is, for forkscope's one-line form: `file:line:col`, or the file alone. */
  where(file: string): string {
    return this.line > 0 ? `${file}:${this.line}:${this.col}` : file;
  }

  /** What CPython writes to stderr for this error (unsupported constructs use the same shape). */
  render(): string {
    const label = this.kind === 'unsupported' ? 'SyntaxError: unsupported by forkscope' : this.kind;
    if (!this.located) return `${label}: ${this.detail}\n`;
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

/** CPython's error for source nested deeper than its compiler goes (printed without a location). */
export const tooDeep = (filename: string): PythonCompileError =>
  new PythonCompileError('RecursionError', 'maximum recursion depth exceeded during compilation', filename, 0, 0, '', 1, false, false);

/**
 * Runs a step of compiling `filename`. The parser and the compiler walk the tree on
 * the host's stack; source nested deeper than that stack holds (a chain of thousands
 * of operators) ends as CPython's RecursionError, never as a crash.
 */
export function compileGuard<T>(filename: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw tooDeep(filename);
    throw e;
  }
}
