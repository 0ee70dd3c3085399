"""Averages and spread of numeric data (ints and floats), computed exactly as CPython 3.11 computes them.

Sums and squares are kept as exact fractions (pairs of ints) and rounded once at the end,
so mean([0.1] * 10) is 0.1 and the results match CPython's to the last bit. The result
has the data's type: ints give an int when the value is whole, else a float.
NormalDist, and Fraction and Decimal data, are not provided.
"""

import math
from collections import Counter, namedtuple

__all__ = ['StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean',
           'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# Exact fractions as (numerator, denominator) pairs, denominator > 0, in lowest terms.

def _frac(n, d=1):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _add(a, b):
    return _frac(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _mul(a, b):
    return _frac(a[0] * b[0], a[1] * b[1])


def _div(a, b):
    if b[0] == 0:
        raise ZeroDivisionError('division by zero')
    return _frac(a[0] * b[1], a[1] * b[0])


def _exact(x):
    """x as an exact fraction, or None when x is an infinity or a NaN."""
    if isinstance(x, int):
        return (int(x), 1)
    if isinstance(x, float):
        if not math.isfinite(x):
            return None
        return x.as_integer_ratio()
    raise TypeError("can't convert type '{}' to numerator/denominator".format(type(x).__name__))


def _coerce(t, s):
    """The type of a result mixing values of types t and s (ints with floats give floats)."""
    if t is s or s is int or s is bool:
        return t
    if t is int or t is bool:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    raise TypeError("don't know how to coerce {} and {}".format(t.__name__, s.__name__))


def _convert(value, t):
    """An exact fraction as a value of type t (an int only when it is whole)."""
    n, d = value
    if issubclass(t, int) and d == 1:
        return t(n) if t is not bool else n
    return n / d


def _sum(data):
    """(type of the result, exact total or a non-finite float, count)."""
    t = int
    total = (0, 1)
    special = None
    count = 0
    for x in data:
        t = _coerce(t, type(x))
        count += 1
        e = _exact(x)
        if e is None:
            special = x if special is None else special + x
        else:
            total = _add(total, e)
    return t, (special if special is not None else total), count


def _ss(data, c=None):
    """(type, sum of squared deviations from the mean (or from c), mean, count), exactly."""
    data = list(data)
    if c is not None:
        t, ssd, count = _sum((x - c) * (x - c) for x in data)
        return t, ssd, c, count
    t = int
    sx = (0, 1)
    sxx = (0, 1)
    special = None
    for x in data:
        t = _coerce(t, type(x))
        e = _exact(x)
        if e is None:
            special = x if special is None else special + x
            continue
        sx = _add(sx, e)
        sxx = _add(sxx, _mul(e, e))
    count = len(data)
    if special is not None:
        return t, special, special, count
    if count == 0:
        return t, (0, 1), (0, 1), 0
    ssd = _div(_add(_mul((count, 1), sxx), _mul((-sx[0], sx[1]), sx)), (count, 1))
    return t, ssd, _div(sx, (count, 1)), count


def mean(data):
    """The arithmetic mean."""
    t, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, tuple):
        return total / n
    return _convert(_div(total, (n, 1)), t)


def fmean(data, weights=None):
    """The mean as a float, computed fast with math.fsum (weighted when weights are given)."""
    data = list(data)
    n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    weights = list(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean (0 when a value is 0; negative values are an error)."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError('harmonic mean does not support negative values')
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError('Weights cannot be negative')
        _, sum_weights, _ = _sum(weights)
    terms = []
    for w, x in zip(weights, data):
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        if x == 0:
            return 0
        terms.append(w / x)
    t, total, _ = _sum(terms)
    if not isinstance(total, tuple):
        return sum_weights[0] / sum_weights[1] / total
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(_div(sum_weights, total), t)


def median(data):
    """The middle value, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """The middle value, or the higher of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data (the 50th percentile by interpolation within the median's class)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        low = x - interval / 2
    except TypeError:
        low = float(x) - float(interval) / 2
    first = data.index(x)
    last = n - 1 - data[::-1].index(x)
    return low + interval * (n / 2 - first) / (last - first + 1)


def mode(data):
    """The most common value (the first one seen when several are as common)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data') from None
    return pairs[0][0]


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """The sample variance (divided by n - 1)."""
    t, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, tuple):
        return ss / (n - 1)
    return _convert(_div(ss, (n - 1, 1)), t)


def pvariance(data, mu=None):
    """The population variance (divided by n)."""
    t, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, tuple):
        return ss / n
    return _convert(_div(ss, (n, 1)), t)


def stdev(data, xbar=None):
    """The sample standard deviation, correctly rounded."""
    _, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, tuple):
        return math.sqrt(ss / (n - 1))
    return _sqrt(_div(ss, (n - 1, 1)))


def pstdev(data, mu=None):
    """The population standard deviation, correctly rounded."""
    _, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, tuple):
        return math.sqrt(ss / n)
    return _sqrt(_div(ss, (n, 1)))


_SQRT_BITS = 2 * 53 + 3


def _sqrt(value):
    """The square root of an exact fraction n/m as the float nearest to it.

    An integer square root carrying about twice a float's precision, rounded to odd, then
    one correctly rounded int / int division: rounding twice this way cannot go wrong.
    """
    n, m = value
    if n < 0:
        raise ValueError('math domain error')
    shift = (n.bit_length() - m.bit_length() - _SQRT_BITS) // 2
    if shift >= 0:
        return (_isqrt_odd(n, m << (2 * shift)) << shift) / 1
    return _isqrt_odd(n << (-2 * shift), m) / (1 << -shift)


def _isqrt_odd(n, m):
    """isqrt(n / m), with its lowest bit set when the root is not exact (round to odd)."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


def _paired(x, y, what):
    """How many points two inputs have, checked to be equally many and at least two."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n = _paired(x, y, 'covariance')
    xbar, ybar = math.fsum(x) / n, math.fsum(y) / n
    return math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    n = _paired(x, y, 'correlation')
    xbar, ybar = math.fsum(x) / n, math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    syy = math.fsum((yi - ybar) * (yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The least-squares line through (x, y) points: slope and intercept (intercept 0 when proportional)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar, ybar = math.fsum(x) / n, math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) * (xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
