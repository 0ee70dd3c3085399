class BadStr:
    def __str__(self):
        return 42


class BadRepr:
    def __repr__(self):
        return None


class BadInit:
    def __init__(self):
        return 5


for make in [lambda: str(BadStr()), lambda: repr(BadRepr()), lambda: BadInit()]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
