# timeit: Timer with string and callable statements, setup, globals, repeat, autorange, default_timer, and its errors (times are only compared with 0).
import timeit
t = timeit.timeit('x = sum(range(100))', number=200)
print(type(t).__name__, t > 0)
r = timeit.repeat('s.upper()', setup='s = "abc"', repeat=3, number=50)
print(len(r), all(x > 0 for x in r))
def f():
    return [i * i for i in range(50)]
tm = timeit.Timer(f)
n, secs = tm.autorange()
print(n >= 1, secs >= 0.2)
print(timeit.Timer('y = z * 2', globals={'z': 21}).timeit(10) > 0)
start = timeit.default_timer(); sum(range(1000)); print(timeit.default_timer() - start > 0)
for bad in ("timeit.Timer('x = ')", "timeit.Timer(5)", "timeit.timeit('undefined_name', number=1)"):
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__)
