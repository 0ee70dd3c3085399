/** The standard streams of an interpreter (sys.stdin/stdout/stderr and what print uses). */
import { PyModule } from '../objects/module.js';
import type { Value } from '../objects/object.js';
import { PyFile } from '../types/file.js';
import type { Interpreter } from '../objects/interpreter.js';

export interface Stdio {
  stdin: PyFile;
  stdout: PyFile;
  stderr: PyFile;
}

export function stdio(interp: Interpreter): Stdio {
  let s = interp.state.get('stdio') as Stdio | undefined;
  if (s === undefined) {
    s = {
      stdin: new PyFile('<stdin>', 'r', 0, ''),
      stdout: new PyFile('<stdout>', 'w', 1, ''),
      stderr: new PyFile('<stderr>', 'w', 2, ''),
    };
    interp.state.set('stdio', s);
  }
  return s;
}

/** sys.stdout or sys.stderr as the program sees it now (it may rebind them, as redirect_stdout does). */
export function sysStream(interp: Interpreter, name: 'stdout' | 'stderr'): Value {
  const sys = interp.modules.getStr('sys');
  const v = sys instanceof PyModule ? sys.ns.getStr(name) : undefined;
  return v === undefined ? stdio(interp)[name] : v;
}
