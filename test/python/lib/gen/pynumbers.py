# (named pynumbers.py: a file named numbers.py would shadow the stdlib module)
"""Python numeric semantics: int and float operators, round, pow, bit ops,
base conversions and numeric string parsing."""
import operator, random
from common import enc, interesting_floats, outcome, write

rng = random.Random(7)
INTS = [0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 10, -10, 100, 2**31 - 1, -2**31, 2**31, 2**32, 2**52, 2**53 - 1,
        2**53, 2**53 + 1, -(2**53) + 1, -(2**53), -(2**53) - 1, 2**63, -2**63, 2**64 + 1, 10**18, 10**30, -10**30,
        12345678901234567890123, -98765432109876543210987654321, 2**200 + 12345, -(3**150)]
INTS += [rng.randint(-1000, 1000) for _ in range(12)]
INTS += [rng.randint(-2**60, 2**60) for _ in range(8)]
INTS += [rng.randint(-10**40, 10**40) for _ in range(8)]
SMALL = [0, 1, -1, 2, 3, -3, 7, 10, 31, 32, 33, 52, 53, 63, 64, 65, 100, -5]
FLOATS = [f for f in interesting_floats(rng) if True][:200]

cases = []


def add(op, args, fn):
    cases.append([op, [enc(a) for a in args], outcome(fn)])
    if op == 'fpow' and near_halfway(*args):
        cases[-1].append('near-halfway')


def near_halfway(x, y):
    """True when x**y lies within 0.005 ulp of a rounding boundary: glibc's
    pow (≈0.52 ulp worst case) may round either way there."""
    import math
    from decimal import Decimal, getcontext
    try:
        r = x ** y
    except Exception:  # noqa: BLE001
        return False
    if not (isinstance(r, float) and math.isfinite(r) and math.isfinite(x) and math.isfinite(y)) or r == 0:
        return False
    getcontext().prec = 90
    ax = Decimal(abs(x))
    try:
        true = (Decimal(y) * ax.ln()).exp() if ax != 1 else Decimal(1)
    except ArithmeticError:
        return False
    ar = abs(r)
    u = Decimal(math.ulp(ar))
    frac = (true - Decimal(ar)) / u  # in (-0.6, 0.6) for a sane libm
    return abs(abs(frac) - Decimal('0.5')) < Decimal('0.005')


def pick(seq, k):
    return rng.sample(seq, min(k, len(seq)))


for a in INTS:
    for b in pick(INTS, 14):
        add('floordiv', [a, b], lambda: a // b)
        add('mod', [a, b], lambda: a % b)
        add('divmod', [a, b], lambda: divmod(a, b))
        add('truediv', [a, b], lambda: a / b)
        add('add', [a, b], lambda: a + b)
        add('sub', [a, b], lambda: a - b)
        add('mul', [a, b], lambda: a * b)
        add('and', [a, b], lambda: a & b)
        add('or', [a, b], lambda: a | b)
        add('xor', [a, b], lambda: a ^ b)
    for n in pick(SMALL, 6):
        add('lshift', [a, n], lambda: a << n)
        add('rshift', [a, n], lambda: a >> n)
        add('pow', [a, n], lambda: a ** n)
        add('pow', [a, -n], lambda: a ** -n)
        add('round', [a, -n], lambda: round(a, -n))
        add('round', [a, n], lambda: round(a, n))
    for m in pick(INTS, 4):
        e = rng.choice(INTS)
        add('pow3', [a, e, m], lambda: pow(a, e, m))
        add('pow3', [a, -1, m], lambda: pow(a, -1, m))
    add('invert', [a], lambda: ~a)
    add('neg', [a], lambda: -a)
    add('bin', [a], lambda: bin(a))
    add('oct', [a], lambda: oct(a))
    add('hex', [a], lambda: hex(a))
    add('str', [a], lambda: str(a))
    add('bit_length', [a], lambda: a.bit_length())
    add('round', [a, None], lambda: round(a))
for a, b in [(10**30, 7), (2**1100, 3), (1, 10**400), (3, 2**1080), (-7, 2**1074), (10**400, 10**90), (10**400, 1)]:
    add('truediv', [a, b], lambda: a / b)
add('lshift', [1, -1], lambda: 1 << -1)
add('rshift', [1, -1], lambda: 1 >> -1)
add('rshift', [-5, 2**70], lambda: -5 >> 2**70)
add('pow', [0, -1], lambda: 0 ** -1)
add('pow', [2**2000, -1], lambda: (2**2000) ** -1)
add('pow3', [2, 3, 0], lambda: pow(2, 3, 0))
add('pow3', [4, -1, 8], lambda: pow(4, -1, 8))
add('pow3', [3, 2, -5], lambda: pow(3, 2, -5))
add('pow3', [5, 0, 1], lambda: pow(5, 0, 1))
add('pow3', [5, 0, -1], lambda: pow(5, 0, -1))
add('round', [1250, -2], lambda: round(1250, -2))
add('round', [1350, -2], lambda: round(1350, -2))
add('round', [-1250, -2], lambda: round(-1250, -2))

for x in FLOATS:
    for y in pick(FLOATS, 8):
        add('ffloordiv', [x, y], lambda: x // y)
        add('fmod', [x, y], lambda: x % y)
        add('fdivmod', [x, y], lambda: divmod(x, y))
        add('ftruediv', [x, y], lambda: x / y)
        add('fpow', [x, y], lambda: x ** y)
    for n in [-3, -2, -1, 0, 1, 2, 3, 5, 10, 17, 30, -30, 400, -400] if rng.random() < 0.5 else [0, 1, 2]:
        add('fround', [x, n], lambda: round(x, n))
    for n in [2, 3, -1, -2, 0.5, 10, 1/3, -0.5, 7, 64, -17, 100]:
        add('fpow', [x, float(n)], lambda: x ** float(n))
    add('fround0', [x], lambda: round(x))
    add('fint', [x], lambda: int(x))
for x, y in [(7.5, -2.0), (-7.5, 2.0), (0.0, -1.0), (-0.0, 5.0), (1.0, 0.0), (0.0, 0.0), (-1.0, 0.5), (-8.0, 1/3),
             (1e308, 10.0), (10.0, 400.0), (2.0, -1080.0), (-2.0, 1e300), (float('inf'), -3.0), (float('-inf'), 3.0),
             (float('-inf'), -3.0), (0.1, 3.0), (1.1, 2.0), (1.0000001, 2**20), (3.0, -0.0), (-0.0, -3.0),
             (-0.0, 3.0), (5e-324, 0.5), (float('nan'), 0.0), (1.0, float('nan')), (0.5, float('inf')),
             (2.0, float('-inf')), (-1.0, float('inf')), (-1.0, 1e300), (-1.0, 1e300 + 1e284)]:
    add('fpow', [x, y], lambda: x ** y)
    add('fmod', [x, y], lambda: x % y)
    add('ffloordiv', [x, y], lambda: x // y)
    add('fdivmod', [x, y], lambda: divmod(x, y))
for x, n in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (1.5, 0), (-0.5, 0), (1e300, -300), (1.7976931348623157e308, -308),
             (123.456, -1), (5e-324, 400), (1.5, 10**30), (1.5, -10**30), (0.5, 1)]:
    add('fround', [x, n], lambda: round(x, n))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e20, float('inf'), float('nan'), -0.0]:
    add('fround0', [x], lambda: round(x))
    add('fint', [x], lambda: int(x))

INT_STRS = ['0', '-0', '+5', '  42  ', '\t-17\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '0x_1f',
            '0x__1f', '010', '00', '0_0', '000', '0b', '0x', 'abc', 'ABC', 'z', 'Z', '', ' ', '-', '+', '+-1', '12a', '١٢٣',
            '１２３', '\u00a012\u2003', '1.5', '1e3', '9' * 30, '-' + '7' * 25, ' 0x10 ', 'zz', '0b102', '12\x00', 'é',
            '1 2', 'x' * 250, '0_x1', '0xg', '\x1c5', '5\x85', '\u30001\u3000', '0o8', '  -0b1_0_1  ', '9' * 4301, '8' * 4300]
BASES = [10, 0, 16, 8, 2, 36, 7, 1, 37, -1, 3]
for s in INT_STRS:
    for base in BASES if len(s) < 100 else [10, 0, 16]:
        add('int_str', [s, base], lambda: int(s, base))
FLOAT_STRS = ['0', '1.5', '-1.5', '  3.25  ', '1e10', '1E-5', '.5', '5.', '.', 'e5', '1e', '1e+', '-.5e-3', 'inf', '-inf',
              '+inf', 'Infinity', '-INFINITY', 'nan', '-nan', 'NaN', 'infinit', 'abc', '', ' ', '1_000.5', '1__0', '_1', '1_',
              '1_.5', '1._5', '1e1_0', '0x10', '1.5e', '١٫٥', '١.٥', '１.５', '\u20031.5\u2003', '1.7976931348623157e308',
              '1e309', '-1e309', '4.9e-324', '2e-324', '0.1', '123456789012345678901234567890', '1,5', '+', '-', '+.', '1e-9999',
              '12\x00', 'é', '   nan   ', '0' * 40 + '1', '.e1', '1.e1', '00.5']
for s in FLOAT_STRS:
    add('float_str', [s], lambda: float(s))


# The brief's named examples, always present (appended last).
NAMED = [('mod', [-7, 3], lambda: -7 % 3), ('fmod', [7.5, -2.0], lambda: 7.5 % -2.0), ('truediv', [10**30, 7], lambda: 10**30 / 7),
         ('fround0', [2.5], lambda: round(2.5)), ('fround', [0.125, 2], lambda: round(0.125, 2)),
         ('round', [1234, -2], lambda: round(1234, -2)), ('pow', [0, -1], lambda: 0 ** -1), ('pow3', [3, -1, 7], lambda: pow(3, -1, 7)),
         ('floordiv', [-7, 2], lambda: -7 // 2), ('floordiv', [-(10**30), 7], lambda: -(10**30) // 7),
         ('mod', [-(10**30), 7], lambda: -(10**30) % 7), ('ffloordiv', [1.0, 0.0], lambda: 1.0 // 0.0),
         ('fmod', [1.0, 0.0], lambda: 1.0 % 0.0), ('ftruediv', [1.0, 0.0], lambda: 1.0 / 0.0), ('truediv', [1, 0], lambda: 1 / 0),
         ('fint', [float('inf')], lambda: int(float('inf'))), ('fround0', [float('inf')], lambda: round(float('inf'))),
         ('int_str', ['abc', 10], lambda: int('abc')), ('int_str', ['0x1f', 16], lambda: int('0x1f', 16)),
         ('int_str', ['0x1f', 0], lambda: int('0x1f', 0)), ('int_str', [' -1_000 ', 10], lambda: int(' -1_000 ')),
         ('float_str', ['1_000.5'], lambda: float('1_000.5')), ('float_str', ['abc'], lambda: float('abc')),
         ('float_str', ['-inf'], lambda: float('-inf')), ('lshift', [-1, 100], lambda: -1 << 100), ('rshift', [-(2**100), 3], lambda: -(2**100) >> 3),
         ('and', [-12, 2**70 - 1], lambda: -12 & (2**70 - 1)), ('invert', [-(2**70)], lambda: ~-(2**70)), ('bin', [-5], lambda: bin(-5)),
         ('hex', [-255], lambda: hex(-255)), ('oct', [-8], lambda: oct(-8)), ('fpow', [2.0, -1.0], lambda: 2.0 ** -1.0),
         ('pow', [2, -2], lambda: 2 ** -2), ('pow', [10, 30], lambda: 10 ** 30)]
for op_, args_, fn_ in NAMED:
    add(op_, args_, fn_)
write('numbers', cases)
