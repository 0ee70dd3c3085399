"""math's functions beyond the common ones (cbrt, expm1, log1p, asinh, acosh,
atanh, erf, erfc, exp2 from glibc; gamma, lgamma from CPython itself) on
random arguments over their domains, to pin lib/mathspecial.ts and exp2."""
import math, random
from common import fbits, write

rng = random.Random(5)


def arg():
    k = rng.random()
    if k < 0.3:
        return rng.uniform(-1, 1)
    if k < 0.6:
        return rng.uniform(-20, 20)
    if k < 0.8:
        return rng.uniform(-1e-5, 1e-5)
    return math.ldexp(rng.uniform(0.5, 1), rng.randint(-60, 60)) * rng.choice([1, -1])


cases = {}
for name in ['cbrt', 'expm1', 'log1p', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'exp2', 'gamma', 'lgamma']:
    f = getattr(math, name)
    out = []
    while len(out) < 1500:
        x = arg()
        try:
            out.append([fbits(x), fbits(f(x))])
        except (ValueError, OverflowError):
            pass
    cases[name] = out
write('mathspecial', cases)
