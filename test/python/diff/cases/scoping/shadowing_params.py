def f(list):
    return list + [1]


print(f([0]))
print(list("ab"))


def g(x):
    x = x * 2
    return x


x = 5
print(g(x), x)


def h(items):
    items = items + [4]
    return items


orig = [1, 2, 3]
print(h(orig), orig)


def k(items):
    items += [4]
    return items


print(k(orig), orig)
