x = "outer x"
squares = [x * 2 for x in range(3)]
print(x, squares)
n = 5
print([n * i for i in range(3)])
gen = (n * i for i in range(3))
n = 100
print(list(gen))


def f():
    y = 3
    return [y * z for z in range(3)], {z: y for z in "ab"}


print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print({k: v for k, v in zip("abc", range(3)) if v != 1})
