s = "tab\there"
lst = ["a", 1]
print(f"{s}", f"{s!r}", f"{s!s}", f"{'é'!a}", f"{lst}", f"{lst!r}")
x = 10
y = "text"
print(f"{x=}")
print(f"{x = }")
print(f"{y=}")
print(f"{y=!s}")
print(f"{x * 2 + 1=}")
print(f"{x=:>6}")
print(f"{lst[0]=} {len(lst)=}")


class P:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"

    def __format__(self, spec):
        return "format-form(" + spec + ")"


p = P()
print(f"{p} {p!s} {p!r} {p:xyz} {p=}")
print(str(p), repr(p), format(p, "abc"))
