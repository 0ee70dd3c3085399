/** atexit: handlers run at interpreter shutdown, last registered first (vm/shutdown.ts). */
import { typeErr } from '../objects/exceptions.js';
import { fn } from '../objects/native.js';
import { PyModule } from '../objects/module.js';
import type { Interpreter } from '../objects/interpreter.js';

export function makeAtexit(_interp: Interpreter): PyModule {
  const m = new PyModule('atexit');
  m.ns.setStr('register', fn('register', (th, a) => {
    if (a.length === 0) throw typeErr('register() takes at least 1 argument (0 given)');
    th.interp.atexit.push([a[0]!, a.slice(1)]);
    return a[0]!;
  }, 'atexit'));
  m.ns.setStr('unregister', fn('unregister', (th, a) => {
    th.interp.atexit = th.interp.atexit.filter(([f]) => f !== a[0]);
    return null;
  }, 'atexit'));
  m.ns.setStr('_clear', fn('_clear', (th) => {
    th.interp.atexit = [];
    return null;
  }, 'atexit'));
  m.ns.setStr('_ncallbacks', fn('_ncallbacks', (th) => th.interp.atexit.length, 'atexit'));
  return m;
}
