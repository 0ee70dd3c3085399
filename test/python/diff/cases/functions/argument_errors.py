def one(x):
    return x


def two(x, y):
    return x + y


class K:
    def m(self, a):
        return a


cases = [
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(1),
    lambda: two(),
    lambda: one(1, x=2),
    lambda: one(y=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: two(1, 2, 3, 4),
    lambda: (lambda: 0)(5),
    lambda: len(),
    lambda: len([1], [2]),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
