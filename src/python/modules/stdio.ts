/** The standard streams of an interpreter (sys.stdin/stdout/stderr and what print uses). */
import { PyModule } from '../objects/module.js';
import type { Value } from '../objects/object.js';
import { PyFile, type Stdio, type StreamBuffering } from '../types/file.js';
import type { Buffering } from '../../kernel/program.js';
import type { Interpreter } from '../objects/interpreter.js';

export type { Stdio } from '../types/file.js';

export function stdio(interp: Interpreter): Stdio {
  let s = interp.state.get('stdio') as Stdio | undefined;
  if (s === undefined) {
    s = {
      stdin: new PyFile('<stdin>', 'r', 0, ''),
      stdout: new PyFile('<stdout>', 'w', 1, ''),
      stderr: new PyFile('<stderr>', 'w', 2, ''),
    };
    const mode = interp.info.buffering ?? 'print';
    s.stdout.buffering = STDOUT[mode];
    s.stderr.buffering = STDERR[mode];
    for (const f of [s.stdin, s.stdout, s.stderr]) f.tty = mode !== 'block';
    interp.state.set('stdio', s);
  }
  return s;
}

/** CPython's choice for each way of running (create_stdio): stderr is line-buffered unless -u (3.9+). */
const STDOUT: Record<Buffering, StreamBuffering> = { print: 'print', unbuffered: 'none', line: 'line', block: 'block' };
const STDERR: Record<Buffering, StreamBuffering> = { print: 'print', unbuffered: 'none', line: 'line', block: 'line' };

export { flushStdio, stdioPending } from '../types/file.js';

/** sys.stdout or sys.stderr as the program sees it now (it may rebind them, as redirect_stdout does). */
export function sysStream(interp: Interpreter, name: 'stdout' | 'stderr'): Value {
  const sys = interp.modules.getStr('sys');
  const v = sys instanceof PyModule ? sys.ns.getStr(name) : undefined;
  return v === undefined ? stdio(interp)[name] : v;
}
