def nothing():
    pass


def early(x):
    if x < 0:
        return
    return x * 2


def multi():
    return 1, "two", [3]


print(nothing())
print(early(-1), early(4))
r = multi()
print(r, type(r).__name__)
a, b, c = multi()
print(a, b, c)


def returns_in_loop(items):
    for i, item in enumerate(items):
        if item == "stop":
            return i
    return -1


print(returns_in_loop(["a", "stop", "b"]), returns_in_loop([]))
