def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(0), fact(5), fact(20))
print(fact(30))


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print([fib(i) for i in range(15)])
print(fib(90))


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print(flatten([1, [2, [3, [4, [5]]]], 6]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
