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
           'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance', 'NormalDist']


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


# -- NormalDist: a normal distribution, with CPython's formulas so results agree to the last bit

_SQRT2 = math.sqrt(2.0)

# Wichura's algorithm AS241 (Applied Statistics 37(3), 1988): rational approximations of the
# normal quantile, each as (numerator, denominator) coefficients, highest power first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4, 4.5921953931549871457e+4,
     1.3731693765509461125e+4, 1.9715909503065514427e+3, 1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4, 2.1213794301586595867e+4,
     5.3941960214247511077e+3, 6.8718700749205790830e+2, 4.2313330701600911252e+1, 1.0))
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1, 1.27045825245236838258e+0,
     3.64784832476320460504e+0, 5.76949722146069140550e+0, 4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2, 1.48103976427480074590e-1,
     6.89767334985100004550e-1, 1.67638483018380384940e+0, 2.05319162663775882187e+0, 1.0))
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3, 2.65321895265761230930e-2,
     2.96560571828504891230e-1, 1.78482653991729133580e+0, 5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5, 7.86869131145613259100e-4,
     1.48753612908506148525e-2, 1.36929880922735805310e-1, 5.99832206555887937690e-1, 1.0))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _ratio(table, r):
    return _horner(table[0], r) / _horner(table[1], r)


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return mu + (_horner(_AS241_CENTRAL[0], r) * q / _horner(_AS241_CENTRAL[1], r)) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    x = _ratio(_AS241_NEAR, r - 1.6) if r <= 5.0 else _ratio(_AS241_TAIL, r - 5.0)
    return mu + ((-x if q < 0.0 else x) * sigma)


class NormalDist:
    """Normal distribution of a random variable"""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma is the standard deviation."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Make a normal distribution instance from sample data."""
        _, ss, xbar, n = _ss(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        if not isinstance(ss, tuple):
            return cls(float(xbar), float(xbar) / float(ss))
        return cls(_convert(xbar, float), _sqrt(_div(ss, (n - 1, 1))))

    def samples(self, n, *, seed=None):
        """Generate *n* samples for a given mean and standard deviation."""
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        return [gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density function.  P(x <= X < x+dx) / dx"""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """Cumulative distribution function.  P(X <= x)"""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: x : P(X <= x) = p"""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability: the n - 1 cut points."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area the two distributions' density functions share (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = (other, self) if (other._sigma, other._mu) < (self._sigma, self._mu) else (self, other)
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above (or below) the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean of the normal distribution."""
        return self._mu

    @property
    def median(self):
        """Return the median of the normal distribution"""
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the normal distribution."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
