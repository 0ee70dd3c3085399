/**
 * The builtins module of an interpreter: the builtin functions, the builtin
 * types and exception classes, and None's friends. Importing this file also
 * loads every builtin type's methods.
 */
import '../types/all.js';
import { Ellipsis, NotImplemented } from '../objects/boot.js';
import { PyDict } from '../objects/dict.js';
import { E } from '../objects/exceptions.js';
import { PyModule } from '../objects/module.js';
import { T } from '../objects/types.js';
import type { Interpreter } from '../objects/interpreter.js';
import { superNew } from '../types/type.js';
import { FUNCS } from './builtins-funcs.js';
import { IO_FUNCS } from './builtins-io.js';
import { EVAL_FUNCS } from './builtins-eval.js';

/** Builtin names that are types. */
const TYPES = ['object', 'type', 'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'memoryview', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'enumerate', 'zip', 'map', 'filter', 'reversed'];

/** One shared namespace template; each interpreter gets a copy (programs may rebind builtins). */
let template: PyDict | null = null;

function makeTemplate(): PyDict {
  const ns = new PyDict();
  for (const name of TYPES) ns.setStr(name, T[name]!);
  ns.setStr('super', superNew);
  for (const [name, cls] of Object.entries(E)) ns.setStr(name, cls);
  ns.setStr('EnvironmentError', E.OSError!);
  ns.setStr('IOError', E.OSError!);
  ns.setStr('None', null);
  ns.setStr('True', true);
  ns.setStr('False', false);
  ns.setStr('NotImplemented', NotImplemented);
  ns.setStr('Ellipsis', Ellipsis);
  ns.setStr('__debug__', true);
  for (const [name, f] of Object.entries(FUNCS)) ns.setStr(name, f);
  for (const [name, f] of Object.entries(IO_FUNCS)) ns.setStr(name, f);
  for (const [name, f] of Object.entries(EVAL_FUNCS)) ns.setStr(name, f);
  return ns;
}

export function installBuiltins(interp: Interpreter): void {
  template ??= makeTemplate();
  const ns = template.copy();
  const mod = new PyModule('builtins', ns);
  ns.setStr('__name__', 'builtins');
  interp.builtins = ns;
  interp.builtinsModule = mod;
  interp.modules.setStr('builtins', mod);
}
