def squares(n):
    for i in range(n):
        yield i * i


a = squares(4)
b = squares(4)
print(next(a), next(a), next(b))
print(list(a), list(b))
gen = squares(3)
print(3 in squares(3), 4 in gen, list(gen))
pairs = zip(squares(3), squares(5))
print(list(pairs))
e = enumerate(squares(3), start=1)
print(next(e), list(e))


def chain(*iterables):
    for it in iterables:
        for x in it:
            yield x


print(list(chain([1, 2], "ab", squares(2), range(2))))
