def pair():
    value = []

    def add(x):
        value.append(x)

    def get():
        return list(value)

    return add, get


add, get = pair()
add(1)
add(2)
print(get())
add2, get2 = pair()
add2("z")
print(get(), get2())


def outer():
    x = "before"

    def show():
        return x

    x = "after"
    return show


print(outer()())
