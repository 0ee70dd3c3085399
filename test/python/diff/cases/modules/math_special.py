import math
names = sorted(n for n in dir(math) if not n.startswith('_'))
print(names)
vals = [0.0, -0.0, 0.5, 1.0, 2.0, -1.5, 3.7, 1e-10, 100.0, -100.0, 1e300, 5e-324]
for f in ['cbrt', 'exp2', 'expm1', 'log1p', 'asinh', 'acosh', 'atanh', 'erf', 'erfc', 'gamma', 'lgamma', 'ulp']:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, f)(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(f, ' '.join(out))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(-0.0, 1), math.nextafter(float('inf'), 0), math.nextafter(2, 2))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(-7.5, 2), math.remainder(5, float('inf')), math.remainder(3.0, 1.5))
print(math.gamma(5), math.gamma(0.5) ** 2, math.lgamma(10), math.erf(1) + math.erfc(1), math.gamma(-0.5), math.gamma(171.5))
for bad in ['math.gamma(0)', 'math.gamma(-2)', 'math.gamma(200)', 'math.lgamma(-1)', 'math.acosh(0)', 'math.atanh(1)', 'math.log1p(-1)', 'math.log1p(-2)', 'math.expm1(1000)', 'math.exp2(2000)', 'math.remainder(1, 0)', 'math.remainder(float("inf"), 1)', 'math.cbrt("x")', 'math.ulp()']:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
