import math

xs = [i / 7 for i in range(-30, 31)] + [10.0 ** k for k in range(-8, 9)] + [0.1, 0.9, 1.1, 2.5, 7.77, 33.3, 99.9]
for name in ['cbrt', 'expm1', 'log1p', 'erf', 'erfc', 'exp2', 'asinh', 'atanh', 'acosh', 'gamma', 'lgamma']:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, ' '.join(out))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e300), math.ulp(float('inf')), math.ulp(2 ** 52))
print(math.gamma(0.5) ** 2, math.pi, math.lgamma(100.5), math.erf(-3), math.erfc(30), math.erfc(-30))
