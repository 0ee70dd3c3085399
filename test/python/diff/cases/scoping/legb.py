x = "global"


def outer():
    x = "enclosing"

    def inner():
        x = "local"
        return x

    def inner2():
        return x

    return inner(), inner2()


print(outer(), x)
print(len("abc"))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))


def uses_builtin():
    return max(3, 9), abs(-2)


print(uses_builtin())
