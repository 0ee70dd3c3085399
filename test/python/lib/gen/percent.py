"""str % args over many templates and argument shapes, errors included."""
import random
from common import arg_enc, outcome, write

rng = random.Random(99)


VALUES = [0, 1, -1, 42, -42, 255, 2**40, -2**70, 3.0, -2.5, 0.1, 1e20, 1e-7, float('inf'), float('nan'), -0.0, 2.675,
          'abc', '', 'é€𝄞', 'quote\'s', True, False, None, [1, 'a'], (1,), {'k': 1}, 65, 0x10ffff, 0x110000, 'x', 'xy', 123456789]
CONVS = ['s', 'r', 'a', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c']
FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' 0', '+#', '-#', '+ ']
WIDTHS = ['', '1', '5', '12', '*']
PRECS = ['', '.', '.0', '.2', '.5', '.12', '.*']

cases = []


def add(fmt, args):
    cases.append([fmt, arg_enc(args), outcome(lambda: fmt % args)])


for conv in CONVS:
    for v in VALUES:
        add('%' + conv, (v,))
        add('[%' + conv + ']', v) if not isinstance(v, (tuple, dict)) else None
for _ in range(2500):
    conv = rng.choice(CONVS)
    fl, w, p = rng.choice(FLAGS), rng.choice(WIDTHS), rng.choice(PRECS)
    spec = '%' + fl + w + p + conv
    args = []
    if w == '*':
        args.append(rng.choice([5, -5, 0, 12, 'x', 2.0]))
    if p == '.*':
        args.append(rng.choice([3, 0, -2, 10]))
    args.append(rng.choice(VALUES))
    add('<' + spec + '>', tuple(args))
TEMPLATES = [
    ('%s %d %5.2f %-10s %x %o %e %g %c %r %%', ('a', 3, 2.5, 'left', 255, 8, 12345.678, 0.0001, 65, 'r')),
    ('%(name)s is %(age)d', {'name': 'Bob', 'age': 42}),
    ('%(name)s', {'other': 1}),
    ('%(a)s %(a)r %%', {'a': 'x'}),
    ('%(a(b))s', {'a(b)': 5}),
    ('%(a', {'a': 1}),
    ('%(a)s %s', {'a': 1}),
    ('%s', {'a': 1}),
    ('%(a)s', (1,)),
    ('%(a)s', 5),
    ('%*d', (5, 42)), ('%-*d|', (5, 42)), ('%*d', (-5, 42)), ('%.*f', (2, 3.14159)), ('%*.*f', (10, 3, 3.14159)),
    ('%*d', ('x', 42)), ('%*d', (2.0, 42)), ('%.*f', (2.0, 1.0)),
    ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%s', ()), ('hello', ()), ('hello', 'x'), ('hello', []), ('hello', {}),
    ('hello', 5), ('%s', [1, 2]), ('%s', (1, 2, 3)[0:1]), ('%s', ((1, 2),)), ('%', ()), ('abc%', ()), ('%5', (1,)),
    ('%.', (1,)), ('%y', (1,)), ('abc %y', (1,)), ('%y', ()), ('%\x01', (1,)), ('%é', (1,)), ('%𝄞', (1,)), ('𝄞%y', (1,)),
    ('%ld %hd %Lf', (1, 2, 3.5)), ('%l', (1,)), ('%c', ('ab',)), ('%c', (3.5,)), ('%c', (-1,)), ('%c', (0x110000,)),
    ('%c', (2**70,)), ('%c', ('€',)), ('%5c|%-5c', ('a', 'b')), ('%d', ('5',)), ('%d', (None,)), ('%x', (3.5,)),
    ('%x', ('a',)), ('%f', ('a',)), ('%f', (None,)), ('%d', (3.99,)), ('%d', (-3.99,)), ('%d', (1e100,)),
    ('%d', (float('inf'),)), ('%d', (float('nan'),)), ('%i', (True,)), ('%s', (True,)), ('%r', ('a\nb',)),
    ('%a', ('é',)), ('%5.1s|', ('abc',)), ('%.0s|', ('abc',)), ('%-6.2r|', ('abc',)), ('%#o', (8,)), ('%#05o', (8,)),
    ('%#x', (255,)), ('%#X', (255,)), ('%#08x', (255,)), ('%#-8x|', (255,)), ('%+#08x', (255,)), ('% #8x', (-255,)),
    ('%08.3d', (-5,)), ('%.3d', (-5,)), ('%+.3d', (5,)), ('%+s', ('x',)), ('% s', ('x',)), ('%05s', ('x',)),
    ('%-05d|', (-3,)), ('%0-5d|', (3,)), ('%+05d', (3,)), ('% 05d', (3,)), ('%010.3f', (-3.14159,)), ('%-+10.3e|', (1234.5,)),
    ('%#.0f', (3.0,)), ('%#g', (3.0,)), ('%#.3g', (1e10,)), ('%g', (1e16,)), ('%g', (123456789.0,)), ('%.100f', (0.1,)),
    ('%.3f', (2.675,)), ('%.2f', (0.125,)), ('%e', (0.0,)), ('%G', (1e-10,)), ('%F', (float('inf'),)), ('%f', (float('-inf'),)),
    ('%010f', (float('nan'),)), ('%+f', (float('nan'),)), ('%d%%', (50,)), ('%%%d', (5,)), ('%(x)%', {'x': 1}),
    ('%s' * 3, (1, 2, 3)), ('%10000000000000000000d', (1,)), ('%.10000000000f', (1.0,)), ('%5%', ()), ('%-5%|', ()),
]
BIG = 10**5000  # decimal conversions hit int_max_str_digits; %x does not
TEMPLATES += [(fmt, (BIG,)) for fmt in ('%d', '%s', '%x', '%10d', '%i', '%r', '%.3d', '%o')]
for fmt, args in TEMPLATES:
    add(fmt, args)
write('percent', cases)
