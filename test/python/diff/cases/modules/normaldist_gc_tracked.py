# statistics.NormalDist (AS241 quantiles, erf-based cdf, overlap, arithmetic, seeded samples) and gc.is_tracked.
import statistics, gc
from statistics import NormalDist
n = NormalDist(100, 15)
print(n.cdf(130), n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.001), n.inv_cdf(1e-12), n.mean, n.stdev, n.variance)
print(n.pdf(110), n.zscore(70), n.quantiles(), n.quantiles(10)[:3])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(3, 2)))
print(n + 5, n - NormalDist(10, 20), n * 2, 3 * n, n / 4, -n, +n, 10 - n, n == NormalDist(100.0, 15.0), hash(n) == hash(NormalDist(100, 15)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(len(NormalDist(0, 1).samples(5, seed=42)), NormalDist(0, 1).samples(3, seed=42))
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).cdf(1), lambda: n.inv_cdf(1.0), lambda: NormalDist.from_samples([1])):
    try:
        bad()
    except statistics.StatisticsError as e:
        print('StatisticsError:', e)
class A: pass
print(gc.is_tracked(()), gc.is_tracked((1,2)), gc.is_tracked((1,[])), gc.is_tracked({}), gc.is_tracked({'a':1}), gc.is_tracked({'a':[]}), gc.is_tracked({'a':(1,)}), gc.is_tracked([]), gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(len), gc.is_tracked(lambda:0), gc.is_tracked(1.5), gc.is_tracked(b''), gc.is_tracked(None), gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(range(3)), gc.is_tracked(bytearray()), gc.is_tracked(1j), gc.is_tracked("s"), gc.is_tracked(True))
