def show(**kwargs):
    print(type(kwargs).__name__, kwargs)
    for key, value in kwargs.items():
        print(" ", key, "=", value)


show()
show(b=2, a=1)
opts = {"z": 26, "y": 25}
show(**opts, x=24)
show(x=0, **opts)


def mixed(a, *args, **kwargs):
    return a, args, kwargs


print(mixed(1, 2, 3, k=4))
print(mixed(a=9))
print(mixed(*[1, 2], **{"b": 3}))
