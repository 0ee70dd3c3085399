/** The import opcodes: they ask the interpreter's importer (objects/interpreter.ts: Importer), never a module directly. */
import type { Frame } from '../../objects/frame.js';
import type { Thread } from '../../objects/thread.js';
import { pop, result } from './results.js';

/** IMPORT_NAME: (level fromlist -- module). */
export function importName(th: Thread, f: Frame, arg: number): void {
  const fromlist = pop(f);
  const level = pop(f) as number;
  result(th, f, th.interp.importer.importName(th, f, f.code.names[arg]!, level, fromlist), 'import');
}

/** IMPORT_FROM: (module -- module attr). */
export function importFrom(th: Thread, f: Frame, arg: number): void {
  result(th, f, th.interp.importer.importFrom(th, f.regs[f.sp - 1]!, f.code.names[arg]!), 'import');
}

/** IMPORT_STAR: (module -- ), its public names into the namespace. */
export function importStar(th: Thread, f: Frame): void {
  th.interp.importer.importStar(th, pop(f), f.locals ?? f.globals);
}
