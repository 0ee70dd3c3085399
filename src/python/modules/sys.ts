/** sys: argv, platform, modules, the standard streams, exit, recursion limit, version. */
import { PyDict } from '../objects/dict.js';
import { Coro } from '../objects/coro.js';
import { E, newExc, typeErr, valueErr } from '../objects/exceptions.js';
import { fn, methods, one } from '../objects/native.js';
import { runOrCoro } from '../runtime/dunder.js';
import { itemRepr } from '../runtime/repr.js';
import { PyModule } from '../objects/module.js';
import { type Value } from '../objects/object.js';
import { PyList, PyTuple } from '../objects/tuple.js';
import { typeOf } from '../objects/types.js';
import type { Interpreter } from '../objects/interpreter.js';
import { intValue } from '../types/numbers.js';
import { stdio } from './stdio.js';
import { structSeq, structValue } from '../types/structseq.js';
import { frameView } from '../types/frame.js';
import { PyBytes } from '../objects/bytes.js';
import { PyFloat } from '../objects/object.js';
import { T } from '../objects/types.js';

const PLATFORMS: Record<string, string> = { linux: 'linux', windows: 'win32', macos: 'darwin' };

/** sys.flags as `python3 prog.py` has them (no -O, -u, -X options). */
const FLAGS: [string, Value][] = [
  ['debug', 0], ['inspect', 0], ['interactive', 0], ['optimize', 0], ['dont_write_bytecode', 0], ['no_user_site', 0],
  ['no_site', 0], ['ignore_environment', 0], ['verbose', 0], ['bytes_warning', 0], ['quiet', 0], ['hash_randomization', 1],
  ['isolated', 0], ['dev_mode', false], ['utf8_mode', 0], ['warn_default_encoding', 0], ['safe_path', false], ['int_max_str_digits', -1],
];

const MULTIARCH: Record<string, string> = { linux: 'x86_64-linux-gnu', macos: 'darwin' };

/** sys.implementation: attributes as CPython's namespace has them, and its repr. */
function implementation(interp: Interpreter, version: Value): Value {
  const multiarch = MULTIARCH[interp.info.platform];
  const fields: [string, Value][] = [['name', 'cpython'], ['cache_tag', 'cpython-311'], ['version', version], ['hexversion', 0x30b07f0]];
  if (multiarch !== undefined) fields.push(['_multiarch', multiarch]);
  const cls = structSeq('sys', `implementation_${interp.info.platform}`, fields.map(([name]) => name));
  methods(cls, {
    __repr__: (th, a) =>
      runOrCoro(
        (function* () {
          const parts: string[] = [];
          for (let i = 0; i < fields.length; i++) parts.push(`${fields[i]![0]}=${yield* itemRepr(th, (a[0] as PyTuple).items[i] ?? null)}`);
          return `namespace(${parts.join(', ')})`;
        })(),
      ),
  });
  return structValue(cls, fields.map(([, v]) => v));
}

export function makeSys(interp: Interpreter): PyModule {
  const m = new PyModule('sys');
  const ns = m.ns;
  const io = stdio(interp);
  const set = (k: string, v: Value): void => ns.setStr(k, v);
  set('argv', new PyList(interp.argv.slice()));
  set('orig_argv', new PyList(['python3', ...interp.argv]));
  set('platform', PLATFORMS[interp.info.platform] ?? 'linux');
  set('version', '3.11.7 (main, forkscope) [simulated]');
  const versionInfo = structValue(structSeq('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']), [3, 11, 7, 'final', 0]);
  set('version_info', versionInfo);
  set('hexversion', 0x30b07f0);
  set('api_version', 1013);
  set('implementation', implementation(interp, versionInfo));
  set('executable', interp.info.platform === 'windows' ? 'C:\\Python311\\python.exe' : '/usr/bin/python3');
  set('prefix', '/usr');
  set('maxsize', 9223372036854775807n);
  set('maxunicode', 1114111);
  set('byteorder', 'little');
  set('modules', interp.modules);
  set('path', new PyList(['/home/user', '/usr/lib/python311.zip', '/usr/lib/python3.11']));
  set('builtin_module_names', new PyTuple(['builtins', 'sys', 'time', 'math', '_signal', 'errno', 'atexit']));
  set('stdin', io.stdin);
  set('stdout', io.stdout);
  set('stderr', io.stderr);
  set('__stdin__', io.stdin);
  set('__stdout__', io.stdout);
  set('__stderr__', io.stderr);
  set('dont_write_bytecode', false);
  set('flags', structValue(structSeq('sys', 'flags', FLAGS.map(([name]) => name)), FLAGS.map(([, v]) => v)));
  set(
    'exit',
    fn(
      'exit',
      (_th, a) => {
        if (a.length > 1) throw typeErr(`exit expected at most 1 argument, got ${a.length}`);
        throw newExc(E.SystemExit!, a.length === 1 && a[0] !== null ? [a[0]!] : []);
      },
      'sys',
    ),
  );
  set('getrecursionlimit', fn('getrecursionlimit', (th) => th.interp.recursionLimit, 'sys'));
  set(
    '_getframe',
    fn(
      '_getframe',
      (th, a) => {
        if (a.length > 1) throw typeErr(`_getframe expected at most 1 argument, got ${a.length}`);
        const depth = a.length === 0 ? 0 : intValue(a[0]!);
        if (depth === undefined) throw typeErr(`'${typeOf(a[0]!).name}' object cannot be interpreted as an integer`);
        // As a coroutine: the VM then records where the calling frame stands before the body runs.
        return new Coro(
          (function* () {
            let frame = frameView(th.top);
            for (let i = 0n; i < BigInt(depth) && frame !== null; i++) frame = frame.back;
            if (frame === null) throw valueErr('call stack is not deep enough');
            return frame;
          })(),
        );
      },
      'sys',
    ),
  );
  set(
    'setrecursionlimit',
    fn(
      'setrecursionlimit',
      (th, a) => {
        const n = intValue(one('setrecursionlimit', a));
        if (n === undefined) throw typeErr(`'${typeOf(a[0]!).name}' object cannot be interpreted as an integer`);
        // A C int (CPython): past it, OverflowError; below it, any depth (frames are the VM's, not the host's stack).
        if (n > 2147483647) throw newExc(E.OverflowError!, ['Python int too large to convert to C int']);
        if (n < 1) throw valueErr('recursion limit must be greater or equal than 1');
        if (n <= th.depth) throw newExc(E.RecursionError!, [`cannot set the recursion limit to ${n} at the recursion depth ${th.depth}: the limit is too low`]);
        th.interp.recursionLimit = Number(n);
        return null;
      },
      'sys',
    ),
  );
  set(
    'exc_info',
    fn(
      'exc_info',
      (th) => {
        const e = th.excInfo;
        return e === null ? new PyTuple([null, null, null]) : new PyTuple([e.cls, e, null]);
      },
      'sys',
    ),
  );
  set('exception', fn('exception', (th) => th.excInfo, 'sys'));
  set('getdefaultencoding', fn('getdefaultencoding', () => 'utf-8', 'sys'));
  set('getfilesystemencoding', fn('getfilesystemencoding', () => 'utf-8', 'sys'));
  set('intern', fn('intern', (_th, a) => one('intern', a), 'sys'));
  set(
    'getsizeof',
    fn(
      'getsizeof',
      (_th, a) => {
        const v = a[0]!;
        if (typeof v === 'string') return 49 + [...v].length;
        if (typeof v === 'number' || typeof v === 'bigint') return v === 0 ? 24 : 28;
        if (v instanceof PyList) return 56 + 8 * v.items.length;
        if (v instanceof PyTuple) return 40 + 8 * v.items.length;
        if (v instanceof PyDict) return 64 + 24 * v.size;
        if (v instanceof PyBytes) return 33 + v.data.length;
        if (v instanceof PyFloat) return 24;
        return 48;
      },
      'sys',
    ),
  );
  const floatInfo = ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'];
  set('float_info', structValue(structSeq('sys', 'float_info', floatInfo), [new PyFloat(T.float, Number.MAX_VALUE), 1024, 308, new PyFloat(T.float, 2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(T.float, Number.EPSILON), 2, 1]));
  // CPython's on 64-bit Linux: numeric hashes are reduced modulo 2**61 - 1 (what fractions and decimal hash by).
  const hashInfo = ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'];
  set('hash_info', structValue(structSeq('sys', 'hash_info', hashInfo), [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  set('int_info', structValue(structSeq('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']), [30, 4, 4300, 640]));
  return m;
}
