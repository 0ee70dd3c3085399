class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self

    def __exit__(self, *exc):
        print("exit", self.tag, exc[0].__name__ if exc[0] else None)
        return False


for i in range(3):
    with CM(i):
        if i == 1:
            continue
        print("body", i)

try:
    with CM("x"), CM("y"):
        1 / 0
except ZeroDivisionError as e:
    print("handled", e)


class Boom:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with CM("before"), Boom():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError", e)
