def apply_twice(f, x):
    return f(f(x))


def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x

    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply_twice(inc, 5), apply_twice(dbl, 5))
print(compose(inc, dbl)(3), compose(dbl, inc)(3), compose()(3))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(list(map(str.upper, words)))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
