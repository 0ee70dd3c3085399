/**
 * CPython's argument counts for the methods of the builtin containers and numbers,
 * checked before our implementations (which read their arguments without counting
 * them), with CPython's wording, which depends on how CPython declares each method.
 * One code per method, `name:code`:
 *
 * - `S0`/`S1`/`S2`: a slot wrapper taking 0, 1 or 2 arguments (`expected 1 argument,
 *   got 0`; the two-argument ones unpack under an empty name: ` expected 2 arguments, got 0`);
 * - `N`: METH_NOARGS (`str.isdigit() takes no arguments (1 given)`);
 * - `O`: METH_O (`list.__getitem__() takes exactly one argument (0 given)`);
 * - `uA-B`: Argument Clinic, positional only (`center expected at least 1 argument, got 0`),
 *   `uA-B=name` under another name (empty for number slots: ` expected 1 argument, got 0`);
 * - `vA-B`: PyArg_ParseTuple or Clinic with keywords (`count() takes at least 1 argument (0 given)`).
 *
 * The table was made from CPython 3.11's answers to every method called with 0, 1 and
 * 4 arguments. Each method is wrapped once, at load; methods we do not have are skipped.
 */
import { clinic, none, one, unpack } from '../objects/native.js';
import { typeErr } from '../objects/exceptions.js';
import { type NativeFn, PyBuiltin } from '../objects/function.js';
import type { PyClass, Value } from '../objects/object.js';
import { T } from '../objects/types.js';

const TABLE: [PyClass, string][] = [
  [T.list,
    '__add__:S1 __contains__:S1 __delitem__:S1 __eq__:S1 __ge__:S1 __getitem__:O __gt__:S1 __iadd__:S1 ' +
    '__imul__:u1-1= __iter__:S0 __le__:S1 __len__:S0 __lt__:S1 __mul__:u1-1= __ne__:S1 __repr__:S0 ' +
    '__reversed__:N __rmul__:u1-1= __setitem__:S2 __str__:S0 index:u1-3 pop:u0-1 sort:v0-2 '],
  [T.tuple,
    '__add__:S1 __contains__:S1 __eq__:S1 __ge__:S1 __getitem__:S1 __gt__:S1 __hash__:S0 __iter__:S0 ' +
    '__le__:S1 __len__:S0 __lt__:S1 __mul__:u1-1= __ne__:S1 __repr__:S0 __rmul__:u1-1= __str__:S0 ' +
    'index:u1-3 '],
  [T.dict,
    '__contains__:O __delitem__:S1 __eq__:S1 __ge__:S1 __getitem__:O __gt__:S1 __ior__:S1 __iter__:S0 ' +
    '__le__:S1 __len__:S0 __lt__:S1 __ne__:S1 __or__:S1 __repr__:S0 __reversed__:N __ror__:S1 ' +
    '__setitem__:S2 __str__:S0 get:u1-2 pop:u1-2 setdefault:u1-2 '],
  [T.set,
    '__and__:S1 __contains__:O __eq__:S1 __ge__:S1 __gt__:S1 __iand__:S1 __ior__:S1 __isub__:S1 ' +
    '__iter__:S0 __ixor__:S1 __le__:S1 __len__:S0 __lt__:S1 __ne__:S1 __or__:S1 __rand__:S1 __repr__:S0 ' +
    '__ror__:S1 __rsub__:S1 __rxor__:S1 __str__:S0 __sub__:S1 __xor__:S1 copy:N isdisjoint:O issubset:O ' +
    'issuperset:O symmetric_difference:O symmetric_difference_update:O '],
  [T.frozenset,
    '__and__:S1 __contains__:O __eq__:S1 __ge__:S1 __gt__:S1 __hash__:S0 __iter__:S0 __le__:S1 __len__:S0 ' +
    '__lt__:S1 __ne__:S1 __or__:S1 __rand__:S1 __repr__:S0 __ror__:S1 __rsub__:S1 __rxor__:S1 __str__:S0 ' +
    '__sub__:S1 __xor__:S1 copy:N isdisjoint:O issubset:O issuperset:O symmetric_difference:O '],
  [T.str,
    '__add__:S1 __contains__:S1 __eq__:S1 __ge__:S1 __getitem__:S1 __gt__:S1 __hash__:S0 __iter__:S0 ' +
    '__le__:S1 __len__:S0 __lt__:S1 __mod__:S1 __mul__:u1-1= __ne__:S1 __repr__:S0 __rmod__:S1 ' +
    '__rmul__:u1-1= __str__:S0 capitalize:N casefold:N center:u1-2 count:v1-3 encode:v0-2 endswith:v1-3 ' +
    'find:v1-3 index:v1-3 isalnum:N isalpha:N isascii:N isdecimal:N isdigit:N isidentifier:N islower:N ' +
    'isnumeric:N isprintable:N isspace:N istitle:N isupper:N join:O ljust:u1-2 lstrip:u0-1 partition:O ' +
    'removeprefix:O removesuffix:O replace:u2-3 rfind:v1-3 rindex:v1-3 rjust:u1-2 rpartition:O ' +
    'rstrip:u0-1 splitlines:v0-1 startswith:v1-3 strip:u0-1 swapcase:N title:N translate:O '],
  [T.bytes,
    '__add__:S1 __bytes__:N __contains__:S1 __eq__:S1 __ge__:S1 __getitem__:S1 __gt__:S1 __hash__:S0 ' +
    '__iter__:S0 __le__:S1 __len__:S0 __lt__:S1 __mod__:S1 __mul__:u1-1= __ne__:S1 __repr__:S0 ' +
    '__rmod__:S1 __rmul__:u1-1= __str__:S0 capitalize:N center:u1-2 count:v1-3 decode:v0-2 endswith:v1-3 ' +
    'expandtabs:v0-1 find:v1-3 hex:v0-2 index:v1-3 isalnum:N isalpha:N isascii:N isdigit:N islower:N ' +
    'isspace:N istitle:N isupper:N join:O ljust:u1-2 lower:N lstrip:u0-1 partition:O removeprefix:O ' +
    'removesuffix:O replace:u2-3 rfind:v1-3 rindex:v1-3 rjust:u1-2 rpartition:O rsplit:v0-2 rstrip:u0-1 ' +
    'split:v0-2 splitlines:v0-1 startswith:v1-3 strip:u0-1 swapcase:N title:N upper:N zfill:O '],
  [T.bytearray,
    '__add__:S1 __contains__:S1 __delitem__:S1 __eq__:S1 __ge__:S1 __getitem__:S1 __gt__:S1 __iadd__:S1 ' +
    '__imul__:u1-1= __iter__:S0 __le__:S1 __len__:S0 __lt__:S1 __mod__:S1 __mul__:u1-1= __ne__:S1 ' +
    '__repr__:S0 __rmod__:S1 __rmul__:u1-1= __setitem__:S2 __str__:S0 append:O capitalize:N center:u1-2 ' +
    'clear:N copy:N count:v1-3 decode:v0-2 endswith:v1-3 expandtabs:v0-1 extend:O find:v1-3 hex:v0-2 ' +
    'index:v1-3 insert:u2-2 isalnum:N isalpha:N isascii:N isdigit:N islower:N isspace:N istitle:N ' +
    'isupper:N join:O ljust:u1-2 lower:N lstrip:u0-1 partition:O pop:u0-1 remove:O removeprefix:O ' +
    'removesuffix:O replace:u2-3 reverse:N rfind:v1-3 rindex:v1-3 rjust:u1-2 rpartition:O rsplit:v0-2 ' +
    'rstrip:u0-1 split:v0-2 splitlines:v0-1 startswith:v1-3 strip:u0-1 swapcase:N title:N upper:N zfill:O '],
  [T.range,
    '__bool__:S0 __contains__:S1 __eq__:S1 __ge__:S1 __getitem__:S1 __gt__:S1 __hash__:S0 __iter__:S0 ' +
    '__le__:S1 __len__:S0 __lt__:S1 __ne__:S1 __repr__:S0 __reversed__:N __str__:S0 count:O index:O '],
  [T.int,
    '__abs__:S0 __add__:S1 __and__:S1 __bool__:S0 __ceil__:N __divmod__:S1 __eq__:S1 __float__:S0 ' +
    '__floor__:N __floordiv__:S1 __ge__:S1 __gt__:S1 __hash__:S0 __index__:S0 __int__:S0 __invert__:S0 ' +
    '__le__:S1 __lshift__:S1 __lt__:S1 __mod__:S1 __mul__:S1 __ne__:S1 __neg__:S0 __or__:S1 __pos__:S0 ' +
    '__pow__:u1-2= __radd__:S1 __rand__:S1 __rdivmod__:S1 __repr__:S0 __rfloordiv__:S1 __rlshift__:S1 ' +
    '__rmod__:S1 __rmul__:S1 __ror__:S1 __round__:u0-1 __rpow__:u1-2= __rrshift__:S1 __rshift__:S1 ' +
    '__rsub__:S1 __rtruediv__:S1 __rxor__:S1 __str__:S0 __sub__:S1 __truediv__:S1 __trunc__:N __xor__:S1 ' +
    'as_integer_ratio:N bit_count:N bit_length:N conjugate:N to_bytes:v0-3 '],
  [T.float,
    '__abs__:S0 __add__:S1 __bool__:S0 __ceil__:N __divmod__:S1 __eq__:S1 __float__:S0 __floor__:N ' +
    '__floordiv__:S1 __ge__:S1 __gt__:S1 __hash__:S0 __int__:S0 __le__:S1 __lt__:S1 __mod__:S1 __mul__:S1 ' +
    '__ne__:S1 __neg__:S0 __pos__:S0 __pow__:u1-2= __radd__:S1 __rdivmod__:S1 __repr__:S0 ' +
    '__rfloordiv__:S1 __rmod__:S1 __rmul__:S1 __round__:u0-1 __rpow__:u1-2= __rsub__:S1 __rtruediv__:S1 ' +
    '__str__:S0 __sub__:S1 __truediv__:S1 __trunc__:N as_integer_ratio:N conjugate:N is_integer:N '],
  [T.complex,
    '__abs__:S0 __add__:S1 __bool__:S0 __complex__:N __eq__:S1 __ge__:S1 __gt__:S1 __hash__:S0 __le__:S1 ' +
    '__lt__:S1 __mul__:S1 __ne__:S1 __neg__:S0 __pos__:S0 __pow__:u1-2= __radd__:S1 __repr__:S0 ' +
    '__rmul__:S1 __rpow__:u1-2= __rsub__:S1 __rtruediv__:S1 __str__:S0 __sub__:S1 __truediv__:S1 ' +
    'conjugate:N '],
];

/** The check for one code (see above); `a` holds the receiver first. */
function checker(cls: PyClass, name: string, code: string): (a: Value[]) => void {
  const qual = `${cls.name}.${name}`;
  const range = /^([uv])(\d+)-(\d+)(?:=(.*))?$/.exec(code);
  if (range !== null) {
    const [, kind, lo, hi, alias] = range as unknown as [string, string, string, string, string | undefined];
    return kind === 'u' ? (a) => unpack(alias ?? name, a, Number(lo), Number(hi), 1) : (a) => clinic(name, a, Number(lo), Number(hi), 1);
  }
  switch (code) {
    case 'S0':
    case 'S1':
      return (a) => {
        const want = code === 'S0' ? 0 : 1;
        if (a.length - 1 !== want) throw typeErr(`expected ${want} argument${want === 1 ? '' : 's'}, got ${a.length - 1}`);
      };
    case 'S2':
      return (a) => unpack('', a, 2, 2, 1);
    case 'N':
      return (a) => none(qual, a);
    case 'O':
      return (a) => void one(qual, a, 1);
    default:
      throw new Error(`arity.ts: unknown code '${code}' for ${qual}`);
  }
}

for (const [cls, entries] of TABLE) {
  for (const entry of entries.trim().split(/\s+/)) {
    const [name, code] = entry.split(':') as [string, string];
    const m = cls.ns.getStr(name);
    if (!(m instanceof PyBuiltin)) continue;
    const check = checker(cls, name, code);
    const inner: NativeFn = m.fn;
    cls.ns.setStr(name, new PyBuiltin(name, (th, a, kw) => {
      check(a);
      return inner(th, a, kw);
    }, undefined, m.isMethod, cls));
  }
}
