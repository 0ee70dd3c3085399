class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

    def __len__(self):
        return 99


class Nothing:
    pass


print(len(Bag(1, 2)), bool(Bag(1)), bool(Bag()))
print("truthy" if Bag(0) else "falsy", "truthy" if Bag() else "falsy")
print(bool(Flag(True)), bool(Flag(False)), len(Flag(False)))
print(bool(Nothing()))
print(not Bag(), not Flag(False))


class BadLen:
    def __len__(self):
        return -1


class BadBool:
    def __bool__(self):
        return 1


for obj in [BadLen(), BadBool()]:
    try:
        bool(obj)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(Nothing())
except TypeError as e:
    print(e)
