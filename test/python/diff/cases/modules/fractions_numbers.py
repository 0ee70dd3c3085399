# fractions and numbers: exact arithmetic, conversions, hashing equal to ints and floats, the numeric tower
import copy
import math
import numbers
import pickle
import sys
from fractions import Fraction as F

print(F(3, 4), F(6, -8), repr(F(10, 5)), F(), F(7), F(F(1, 3)), F(F(1, 2), F(1, 3)))
print(F(0.1), F(2.5), F('3/4'), F(' -1.25 '), F('1e-3'), F('1_000/3'), F('.5'), F('7E2'), F('-0'))
for bad in ['1/0', 'x', '1.2.3', '3/ ', '', '1/-2']:
    try:
        print(F(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1, 0), (1.5,), (1, 2.0), ([],)]:
    try:
        print(F(*args))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a * 3, 2 - a, 1 / a, a + 0.5, 0.5 + a, a * 1j, 2 ** F(1, 2), F(1, 2) ** 2, F(2, 3) ** -2,
      F(-2, 3) ** -3, F(4, 9) ** F(1, 2), 4 ** F(2), F(3) ** 0.5)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(a < b, a > b, a <= 0.34, a == F(2, 6), F(1, 2) == 0.5, F(2) == 2, F(1, 2) < 1, a != b, F(1, 2) == 0.5 + 0j,
      F(1) < math.inf, F(1) == math.nan, sorted([F(1, 2), 0.25, 1, F(-3, 4)]))
print(float(F(1, 3)), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)),
      round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), bool(F(0)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-5, 7)),
      len({F(1, 2), 0.5, F(2, 4)}))
pi = F(math.pi)
print(pi, pi.limit_denominator(), pi.limit_denominator(100), pi.limit_denominator(10), F(1, 3).limit_denominator(5),
      F(3, 7).limit_denominator(1))
try:
    pi.limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(F.from_float(0.3), F.from_float(5), F(3, 8).as_integer_ratio(), F(3, 8).numerator, F(3, 8).denominator)
for bad in ['x', math.nan, math.inf]:
    try:
        F.from_float(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sum([F(1, n) for n in range(1, 8)]), max(F(1, 3), F(2, 7)), pickle.loads(pickle.dumps(F(5, 9))),
      copy.copy(a) is a, copy.deepcopy(a) is a, str(F(5, 1)), f'{F(1, 3)!s:>8}|', F(1, 3).real, F(1, 3).imag,
      F(1, 3).conjugate())
print(isinstance(1, numbers.Integral), isinstance(True, numbers.Number), isinstance(1.5, numbers.Rational),
      isinstance(1.5, numbers.Real), isinstance(1j, numbers.Real), isinstance(1j, numbers.Complex),
      isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Integral), issubclass(int, numbers.Real),
      isinstance('1', numbers.Number))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig,
      sys.int_info.bits_per_digit)


class Meters(numbers.Real):
    pass


try:
    Meters()
except TypeError as e:
    print('TypeError', str(e)[:60])


class Z:
    def __complex__(self):
        return 2 + 3j


class Bad:
    def __complex__(self):
        return 1.5


print(complex(F(1, 2), F(1, 4)), complex(Z()), complex(Z(), 1), complex(F(3)))
for args in [(Bad(),), (object(),), (1, 'x')]:
    try:
        complex(*args)
    except TypeError as e:
        print('TypeError', e)
