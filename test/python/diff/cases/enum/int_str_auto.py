# IntEnum and StrEnum members are ints and strs; auto() picks the values.
from enum import Enum, IntEnum, StrEnum, auto


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE + 1, Shape.SQUARE == 2, Shape(1), int(Shape.SQUARE))
print(f"{Shape.CIRCLE}", str(Shape.CIRCLE), "%d" % Shape.SQUARE, sorted([Shape.SQUARE, Shape.CIRCLE]))
print(isinstance(Shape.CIRCLE, int), Shape.CIRCLE < Shape.SQUARE, ["a", "b", "c"][Shape.CIRCLE])
print(Shape.__members__, hash(Shape.CIRCLE) == hash(1))


class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()


print(list(Step), [s.value for s in Step])


class Direction(StrEnum):
    NORTH = auto()
    SOUTH = "south!"


print(Direction.NORTH, repr(Direction.NORTH), Direction.NORTH == "north", Direction.SOUTH.upper())
print(f"{Direction.SOUTH}", Direction("north"), isinstance(Direction.NORTH, str), len(Direction.SOUTH))


class Weekday(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[:3].lower()
    MONDAY = auto()
    TUESDAY = auto()


print(list(Weekday))


class Mixed(int, Enum):
    ONE = 1
    TWO = 2


print(Mixed.ONE, repr(Mixed.TWO), Mixed.ONE + Mixed.TWO, f"{Mixed.ONE}")
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)
