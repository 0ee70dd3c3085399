def countdown(n):
    print("start countdown")
    while n > 0:
        yield n
        n -= 1
    print("end countdown")


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


c = countdown(3)
print(type(c).__name__)
print(next(c))
print(list(c))
print(list(c))
f = fib()
print([next(f) for _ in range(12)])
for i, v in enumerate(fib()):
    if v > 1000:
        print("first fib over 1000:", i, v)
        break


def with_return():
    yield "a"
    return "done"
    yield "unreachable"


print(list(with_return()))


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)
