/** `forkscope disasm FILE`: the bytecode a Python scenario compiles to. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../scenario/errors.js';
import { resolveScenario } from '../scenario/load.js';
import type { Io } from './io.js';

export async function disasmCommand(file: string, io: Io): Promise<number> {
  const { PythonCompileError, compilePython, decodeSource, disassemble } = await import('../python/index.js');
  const path = resolveScenario(file);
  if (!path.endsWith('.py')) throw new UserError('disasm works on Python files', path, 2);
  try {
    io.stdout(disassemble(compilePython(decodeSource(readFileSync(path), path), basename(path))));
  } catch (e) {
    if (e instanceof PythonCompileError) throw new UserError(`${e.kind === 'unsupported' ? 'unsupported' : e.kind}: ${e.detail}`, e.where(path));
    throw e;
  }
  return 0;
}
