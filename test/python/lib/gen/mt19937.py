"""random.Random: for many seeds, a script of calls and their results."""
import random
from common import enc, outcome, write

SEEDS = [0, 1, -1, 2, 42, 12345, -12345, 2**32 - 1, 2**32, 2**53 + 1, -(2**64), 10**50, 2**19937 - 1, 3**400,
         '', 'hello', 'é', '日本語', '𝄞 clef', 'a' * 300,
         1.5, -2.5, 0.1, 1e300, float('inf'), float('-inf'), 0.0, -0.0, 3.0, 2.0**70, 5e-324, -1e-300]


def script(r):
    ops = []

    def op(name, *args):
        fn = getattr(r, name)
        ops.append([name, [enc(a) for a in args], outcome(lambda: fn(*args))])

    for _ in range(5):
        op('random')
    for k in [0, 1, 5, 31, 32, 33, 52, 53, 54, 64, 100, 1000]:
        op('getrandbits', k)
    op('getrandbits', -1)
    for args in [(10,), (1,), (0,), (-5,), (3, 10), (10, 3), (0, 100, 7), (100, 0, -7), (5, 2, -3), (2, 5, -3), (0, 10, 0),
                 (-10, 10), (0, 2**70), (2**70, 2**71), (-(2**80), 2**80, 3**20), (7, 7), (0, 1), (1, 2**53 + 5)]:
        op('randrange', *args)
    for a, b in [(1, 6), (0, 0), (5, 4), (-3, 3), (0, 2**64), (10**20, 10**20 + 5)]:
        op('randint', a, b)
    for n in [1, 2, 3, 10, 1000, 2**31, 2**40]:
        ops.append(['choiceIndex', [enc(n)], outcome(lambda: r.choice(range(n)))])
    ops.append(['choiceIndex', [enc(0)], outcome(lambda: r.choice([]))])
    for n in [0, 1, 2, 10, 30]:
        lst = list(range(n))
        r.shuffle(lst)
        ops.append(['shuffle', [enc(n)], {'ok': enc(lst)}])
    for n, k in [(10, 3), (10, 10), (21, 5), (22, 5), (100, 5), (100, 6), (30, 6), (1000, 10), (60, 10), (10**6, 20), (5, 6), (5, -1), (0, 0)]:
        ops.append(['sampleIndices', [enc(n), enc(k)], outcome(lambda: r.sample(range(n), k))])
    for counts, k in [([1, 2, 3], 4), ([5, 0, 5], 10), ([10, 20, 30], 3)]:
        ops.append(['sampleIndicesWithCounts', [enc(counts), enc(k)],
                    outcome(lambda: [x for x in r.sample(list(range(len(counts))), k, counts=counts)])])
    for n, k, w, cw in [(5, 10, None, None), (3, 5, [1, 2, 3], None), (3, 5, [0.5, 0.25, 0.25], None),
                        (3, 4, None, [1, 5, 10]), (4, 6, [0, 0, 1, 0], None), (3, 2, [0, 0, 0], None),
                        (2, 2, [1, 2, 3], None), (3, 2, [1, 2, 3], [1, 2, 3]), (1, 3, [float('inf')], None),
                        (1000, 5, None, None)]:
        ops.append(['choicesIndices', [enc(n), enc(k), enc(w), enc(cw)],
                    outcome(lambda: r.choices(range(n), weights=w, cum_weights=cw, k=k))])
    for a, b in [(0.0, 1.0), (-5.0, 5.0), (10.0, 1.0), (2.5, 2.5)]:
        op('uniform', a, b)
    for args in [(), (0.0, 10.0), (0.0, 10.0, 2.0), (5.0, 5.0), (10.0, 0.0, 8.0), (1.0, 3.0, 3.0)]:
        op('triangular', *args)
    for _ in range(7):
        op('gauss')
    op('gauss', 10.0, 2.0)
    for _ in range(6):
        op('normalvariate')
    op('normalvariate', -3.0, 0.5)
    for lam in [1.0, 0.5, 3.0, -2.0]:
        op('expovariate', lam)
    op('expovariate', 0.0)
    op('lognormvariate', 0.0, 1.0)
    op('paretovariate', 2.5)
    for _ in range(3):
        op('random')
    st = r.getstate()
    ops.append(['getstate', [], {'ok': enc([st[0], list(st[1]), st[2]])}])
    return ops


cases = []
for seed in SEEDS:
    r = random.Random(seed)
    cases.append([enc(seed), script(r)])
# long runs: many random() calls across several state regenerations
r = random.Random(2024)
long_run = [r.random() for _ in range(3000)]
# many seeds around word boundaries: first outputs only
rng = random.Random(77)
seed_list = [2**k + d for k in (0, 31, 32, 33, 63, 64, 65, 95, 96, 127, 128, 1000) for d in (-1, 0, 1)]
seed_list += [-s for s in seed_list] + [rng.getrandbits(rng.randint(1, 300)) for _ in range(60)]
seeds = []
for s in seed_list:
    r = random.Random(s)
    seeds.append([enc(s), [enc(r.random()), enc(r.random()), enc(r.getrandbits(64)), enc(r.randrange(10**30))]])
# long runs of the libm-dependent variates (glibc rounding; see libm.ts)
runs = {}
for name, args in [('gauss', ()), ('normalvariate', ()), ('expovariate', (1.5,)), ('lognormvariate', (0.0, 1.0)),
                   ('paretovariate', (3.0,))]:
    r = random.Random(len(name))
    runs[name] = [enc(len(name)), [enc(a) for a in args], [enc(getattr(r, name)(*args)) for _ in range(1500)]]
write('mt19937', {'scripts': cases, 'long': [enc(2024), [enc(x) for x in long_run]], 'seeds': seeds, 'runs': runs})
