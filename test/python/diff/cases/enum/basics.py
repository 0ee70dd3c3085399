# Enum members: singletons with name and value, looked up by value or name, iterated in order.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(Color.GREEN))
print(Color.__members__)
print(list(Color.__members__.items())[-1])
print(type(Color.RED), Color, isinstance(Color.RED, Color), type(Color))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED is not Color.BLUE)
print(f"{Color.RED}", format(Color.GREEN, ">12") + "|", "%s" % Color.BLUE)
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True), list(reversed(Color)))
print(dir(Color))
print([m.name for m in Color if m.value > 1])
for bad, exc in [(lambda: Color(7), ValueError), (lambda: Color["PINK"], KeyError),
                 (lambda: Color.RED < Color.GREEN, TypeError)]:
    try:
        bad()
    except exc as e:
        print(exc.__name__ + ":", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)


class Empty(Enum):
    pass


class Extended(Empty):
    ONE = 1


print(list(Extended), Extended.ONE.__class__.__mro__)
