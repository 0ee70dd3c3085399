"""math.log/exp/sin/cos and float ** (glibc) on the domains the random
module and float arithmetic use, to pin libm.ts's rounding."""
import math, random
from decimal import Decimal, getcontext
from common import fbits, write

rng = random.Random(3)
getcontext().prec = 80


def near_half(true, r):
    if not math.isfinite(r) or r == 0:
        return False
    u = Decimal(math.ulp(abs(r)))
    frac = abs(true - Decimal(r)) / u
    return abs(frac - Decimal('0.5')) < Decimal('0.005')


def taylor(x, k0, t0):
    """sin (k0=1, t0=x) or cos (k0=0, t0=1) of a Decimal by its Taylor series."""
    s, t, k = Decimal(0), t0, k0
    while abs(t) > Decimal(10) ** -70:
        s += t
        t = -t * x * x / ((k + 1) * (k + 2))
        k += 2
    return s


cases = {'log': [], 'exp': [], 'sin': [], 'cos': []}
xs = [rng.random() for _ in range(1500)] + [1 - rng.random() for _ in range(500)] + [rng.uniform(0, 1e6) for _ in range(300)]
xs += [5e-324, 1e-300, 2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 2.0, 10.0, 1e-10, 0.9999999999999999, 1.0000000000000002]
for x in xs:
    r = math.log(x)
    cases['log'].append([fbits(x), fbits(r), near_half(Decimal(x).ln(), r)])
for x in [rng.uniform(-745, 709.7) for _ in range(1500)] + [rng.uniform(-1, 1) for _ in range(500)] + [1e-300, -1e-300, 709.7, -745.1, -740.0, 0.5, -0.5]:
    r = math.exp(x)
    cases['exp'].append([fbits(x), fbits(r), near_half(Decimal(x).exp(), r)])
for x in [rng.random() * 2 * math.pi for _ in range(2000)] + [rng.uniform(-100, 100) for _ in range(500)] + [1e-9, 1e-300, -0.0, math.pi, math.pi / 2, 1e5 + 0.5]:
    d = Decimal(x)
    cases['sin'].append([fbits(x), fbits(math.sin(x)), near_half(taylor(d, 1, d), math.sin(x))])
    cases['cos'].append([fbits(x), fbits(math.cos(x)), near_half(taylor(d, 0, Decimal(1)), math.cos(x))])
write('libm', cases)
