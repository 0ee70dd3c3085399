value = "first"


def show(v=value):
    return v


value = "second"
print(show(), value)


def counter(start=[0]):
    start[0] += 1
    return start[0]


print(counter(), counter(), counter([10]), counter())


def make(n):
    def inner(k=n * 2):
        return k

    return inner


print(make(3)(), make(3)(1))
