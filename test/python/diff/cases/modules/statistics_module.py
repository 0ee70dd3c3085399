# statistics: exact means and variances, medians, modes, quantiles, regression, errors
import math
import statistics as st

samples = [
    [1, 2, 3, 4], [1, 2, 3], [0.1] * 10, [2.5, 3.25, 5.5, 11.25, 11.75], [1, 2.5, 3], [10 ** 20, 1, -(10 ** 20)], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [0.1, 0.2, 0.3], [True, False, True],
]
for data in samples:
    print(repr(st.mean(data)), repr(st.fmean(data)), repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)))
    if len(data) > 1:
        print('  ', repr(st.variance(data)), repr(st.stdev(data)), repr(st.pvariance(data)), repr(st.pstdev(data)))
print(repr(st.mean([float('inf'), 1.0])), repr(st.variance([1.0, float('nan')])))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aabbbc'), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4), st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.5, 2.5], n=3))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.fmean([3.5, 4.0, 5.25], weights=[0.25, 0.5, 0.25]), st.fmean(iter([1, 2, 3])))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y))
print(st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]), lambda: st.median([]),
            lambda: st.mode([]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.geometric_mean([1, -1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2]),
            lambda: st.covariance([1], [1, 2]), lambda: st.mean(['a', 'b']), lambda: st.fmean([]), lambda: st.quantiles([1, 2], method='x')]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
try:
    st.fmean([1e308, 1e308, -1e308])
except OverflowError as e:
    print('fmean:', e)
print(repr(st.mean([1e308, 1e308, -1e308])))

# math.fsum: correctly rounded, overflow and special values as CPython
for data in [[0.1]*10, [1e308, 1e308, -1e308], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [float('inf'), 1.0], [float('inf'), float('-inf')], [float('nan'), 1.0], [], [1e16, 1., 1e-16], [2.0**53, -0.5, -2.0**-54], [1.7976931348623157e308, -1e292, 9.9792015476736e291]]:
    try:
        print(repr(math.fsum(data)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
