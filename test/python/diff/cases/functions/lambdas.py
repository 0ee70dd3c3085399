square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *a: len(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(square.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
print((lambda x: "even" if x % 2 == 0 else "odd")(7))
