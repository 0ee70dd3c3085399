# functools.lru_cache: least-recently-used eviction and cache_info() as a named tuple.
import functools


@functools.lru_cache(maxsize=2)
def sq(n):
    print('computing', n)
    return n * n


sq(1); sq(2); sq(1); sq(3); sq(1); sq(2)
info = sq.cache_info()
print(info, info.hits, info.misses, info.currsize, tuple(info))
sq.cache_clear()
print(sq.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@functools.cache
def f(x):
    return x


f(1); f(1)
print(f.cache_info())
