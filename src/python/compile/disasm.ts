/**
 * The disassembler, in the spirit of CPython's `dis`: one line per instruction with
 * its source line (when it changes), index, opcode, argument and what the argument
 * means; nested code objects follow their parent.
 */
import { PyFloat, type Value } from '../objects/object.js';
import { PyBytes } from '../objects/bytes.js';
import { PyTuple } from '../objects/tuple.js';
import { PySet } from '../objects/set.js';
import { floatRepr } from '../lib/floatrepr.js';
import { strRepr } from '../lib/numparse.js';
import { Code } from '../objects/code.js';
import { PyComplex } from '../objects/complex.js';
import { complexRepr } from '../types/complex-methods.js';
import { OPS } from './opcodes.js';
import { BINOP_SYMBOLS, CMP_SYMBOLS, INPLACE } from '../runtime/operators.js';

/** A short, stable rendering of a constant. */
function constText(v: Value): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
    default:
      if (v === null) return 'None';
      if (v instanceof PyFloat) return floatRepr(v.v);
      if (v instanceof PyTuple) return v.items.length === 1 ? `(${constText(v.items[0]!)},)` : `(${v.items.map(constText).join(', ')})`;
      if (v instanceof PyBytes) return `b'${Array.from(v.data, (b) => String.fromCharCode(b)).join('')}'`;
      if (v instanceof PySet) return `frozenset({${v.items().map(constText).join(', ')}})`;
      if (v instanceof Code) return `<code object ${v.name}, line ${v.firstLine}>`;
      if (v instanceof PyComplex) return complexRepr(v.re, v.im);
      return `<${v.cls.name}>`;
  }
}

function argText(code: Code, op: number, arg: number): string {
  const info = OPS[op]!;
  switch (info.arg) {
    case 'const':
      return constText(code.consts[arg]!);
    case 'local':
      return code.varnames[arg] ?? '?';
    case 'cell':
      return arg < code.cellvars.length ? code.cellvars[arg]! : (code.freevars[arg - code.cellvars.length] ?? '?');
    case 'name':
      return code.names[arg] ?? '?';
    case 'jump':
      return `to ${arg}`;
    case 'binop':
      return arg >= INPLACE ? `${BINOP_SYMBOLS[arg - INPLACE]}=` : BINOP_SYMBOLS[arg]!;
    case 'cmp':
      return CMP_SYMBOLS[arg]!;
    default:
      return '';
  }
}

/** Disassembles a code object and every code object among its constants. */
export function disassemble(code: Code): string {
  const out: string[] = [];
  const todo: Code[] = [code];
  while (todo.length > 0) {
    const c = todo.shift()!;
    if (c !== code) out.push('', `Disassembly of <code object ${c.name} at ${c.qualname}, file "${c.filename}", line ${c.firstLine}>:`);
    let lastLine = -1;
    for (let i = 0; i < c.ops.length; i++) {
      const w = c.ops[i]!;
      const op = w & 0xff;
      const arg = w >> 8;
      const info = OPS[op]!;
      const line = c.lines[i]!;
      const lineCol = line !== lastLine ? String(line).padStart(4) : '    ';
      if (line !== lastLine && lastLine !== -1) out.push('');
      lastLine = line;
      const hasArg = info.arg !== 'none';
      const extra = hasArg ? argText(c, op, arg) : '';
      let text = `${lineCol} ${String(i).padStart(6)} ${info.name.padEnd(22)}`;
      if (hasArg) text += ` ${String(arg).padStart(4)}${extra ? ` (${extra})` : ''}`;
      out.push(text.trimEnd());
    }
    for (const k of c.consts) if (k instanceof Code) todo.push(k);
  }
  return `${out.join('\n')}\n`;
}
