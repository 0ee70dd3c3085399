# Closures: counters made by nested functions with nonlocal, functions returning functions, lambdas in a list.
def make_counter(step):
    n = 0
    def inc():
        nonlocal n
        n += step
        return n
    return inc

def compose(f, g):
    return lambda x: f(g(x))

counters = [make_counter(s) for s in range(1, 11)]
total = 0
for i in range(300000):
    total += counters[i % 10]()
add1 = lambda x: x + 1
dbl = lambda x: x * 2
h = compose(add1, dbl)
acc = 0
for i in range(700000):
    acc += h(i)
print(total, acc)
