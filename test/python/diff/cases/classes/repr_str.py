class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


p = Point(1, "a")
print(p)
print(str(p), repr(p))
print([p, p])
print({"k": p})
print(f"{p} {p!r} {p!s}")
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), "%s" % OnlyStr())
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print(str(Point(Point(1, 2), [3])))
