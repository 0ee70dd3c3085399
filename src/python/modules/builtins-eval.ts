/**
 * eval, exec and compile: source text compiled by forkscope's own compiler and
 * run in the given namespaces (by default the caller's globals and locals), with
 * CPython's SyntaxError (msg, filename, lineno, offset, text) for bad source.
 */
import { type Gen } from '../objects/coro.js';
import { PyDict } from '../objects/dict.js';
import { E, type PyBaseException, exc, newExc, typeErr, valueErr } from '../objects/exceptions.js';
import { PyFunction, type PyBuiltin } from '../objects/function.js';
import { fn, params } from '../objects/native.js';
import type { Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import { Code } from '../objects/code.js';
import { compileSourceAst } from '../compile/compiler.js';
import { compileSourceCached } from '../compile/index.js';
import { parseModule } from '../parse/parse.js';
import { PythonCompileError, compileGuard } from '../parse/errors.js';
import { strValue } from '../types/str.js';
import { runOrCoro } from '../runtime/dunder.js';
import { Frame } from '../objects/frame.js';
import type { Thread } from '../objects/thread.js';
import { localsOf } from '../runtime/locals.js';

type Mode = 'exec' | 'eval';

/** The SyntaxError CPython raises for bad source (attributes as `compile()` sets them). */
export function syntaxErrorOf(e: PythonCompileError): PyBaseException {
  if (e.kind === 'RecursionError') return exc(E.RecursionError!, e.detail);
  const cls = e.kind === 'unsupported' ? E.SyntaxError! : E[e.kind]!;
  const msg = e.kind === 'unsupported' ? `unsupported by forkscope: ${e.detail}` : e.detail;
  const info = [e.filename, e.line, e.col, e.text, e.line, e.col + e.width];
  const x = newExc(cls, [msg, new PyTuple(info)]);
  const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
  x.dict!.setStr('msg', msg);
  names.forEach((n, i) => x.dict!.setStr(n, info[i]!));
  x.dict!.setStr('print_file_and_line', null);
  return x;
}

/** Compiles source text for eval/exec/compile (cached: code objects are immutable and shared). */
function compileText(text: string, filename: string, mode: Mode): Code {
  return compileSourceCached(`${mode}\u0000${filename}\u0000${text}`, () => {
    try {
      return compileGuard(filename, () => compileSourceAst(parseModule(text, filename), mode));
    } catch (e) {
      if (e instanceof PythonCompileError) throw syntaxErrorOf(e);
      throw e;
    }
  });
}

/** The text of a source argument (str, bytes), or a code object. */
function sourceArg(v: Value, what: string): string | Code {
  if (v instanceof Code) return v;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.data);
  const s = strValue(v);
  if (s === undefined) throw typeErr(`${what} arg 1 must be a string, bytes or code object`);
  return s;
}

const callerFrame = (th: Thread): Frame => {
  for (let f = th.top; f !== null; f = f.back) if (f instanceof Frame) return f;
  throw new Error('internal: eval/exec without a Python frame');
};

/** Runs code with the given namespaces (None: the caller's) and returns its value. */
function* run(th: Thread, name: string, code: Code, globals: Value | undefined, locals: Value | undefined): Gen {
  let g: PyDict;
  let l: PyDict;
  if (globals === undefined || globals === null) {
    const caller = callerFrame(th);
    g = caller.globals;
    l = locals === undefined || locals === null ? localsOf(caller) : mapping(locals, name);
  } else {
    if (!(globals instanceof PyDict)) throw typeErr(name === 'eval' ? 'globals must be a real dict; try eval(expr, {}, mapping)' : `exec() globals must be a dict, not ${typeOf(globals).name}`);
    g = globals;
    l = locals === undefined || locals === null ? g : mapping(locals, name);
  }
  if (g.getStr('__builtins__') === undefined) g.setStr('__builtins__', th.interp.builtins);
  return yield { k: 'body', fn: new PyFunction(code, g, null, null, null), ns: l };
}

function mapping(v: Value, name: string): PyDict {
  if (v instanceof PyDict) return v;
  const msg = name === 'eval' ? 'locals must be a mapping' : `locals must be a mapping or None, not ${typeOf(v).name}`;
  throw typeErr(typeOf(v).lookup('__getitem__') === undefined ? msg : `${name}() locals other than a dict are not supported by forkscope`);
}

export const EVAL_FUNCS: Record<string, PyBuiltin> = {
  eval: fn('eval', (th, a, kw) => {
    const [source, globals, locals] = params('eval', a, kw, ['source', 'globals', 'locals'], 0, 1);
    const src = sourceArg(source!, 'eval()');
    // eval() ignores leading spaces and tabs, which would otherwise be an unexpected indent.
    const code = src instanceof Code ? src : compileText(src.replace(/^[ \t]+/, ''), '<string>', 'eval');
    return runOrCoro(run(th, 'eval', code, globals, locals));
  }),
  exec: fn('exec', (th, a, kw) => {
    const [source, globals, locals] = params('exec', a, kw, ['source', 'globals', 'locals'], 0, 1);
    const src = sourceArg(source!, 'exec()');
    const code = src instanceof Code ? src : compileText(src, '<string>', 'exec');
    return runOrCoro(
      (function* () {
        yield* run(th, 'exec', code, globals, locals);
        return null;
      })(),
    );
  }),
  compile: fn('compile', (_th, a, kw) => {
    const [source, filename, mode, flags] = params('compile', a, kw, ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'], 0, 3);
    const m = strValue(mode!);
    if (m !== 'exec' && m !== 'eval' && m !== 'single') throw valueErr("compile() mode must be 'exec', 'eval' or 'single'");
    if (m === 'single') throw valueErr("compile() mode 'single' is not supported by forkscope");
    if (flags !== undefined && flags !== 0 && flags !== false) throw valueErr('compile() flags are not supported by forkscope');
    const src = sourceArg(source!, 'compile()');
    if (src instanceof Code) return src;
    const file = filename instanceof PyBytes ? new TextDecoder().decode(filename.data) : strValue(filename!);
    if (file === undefined) throw typeErr(`expected str, bytes or os.PathLike object, not ${typeOf(filename!).name}`);
    return compileText(src, file, m);
  }),
};
