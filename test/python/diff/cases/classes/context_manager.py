class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress


with Resource("a") as value:
    print("body", value)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)


def early():
    with Resource("ret"):
        return "returned"


print(early())
