# Flag members combine with | & ^ ~; a combination is a member named after its bits.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw))
print(repr(Perm(0)), bool(Perm(0)), bool(Perm.R), repr(~Perm.R), repr(Perm.R & Perm.W), repr(rw ^ Perm.W))
print(list(Perm), Perm(7), Perm(6) is rw, rw == Perm.R | Perm.W)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), Color.WHITE, repr(Color.RED | Color.BLUE), Color.GREEN in Color.WHITE, [c.value for c in Color])


class Mode(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(Mode.A | Mode.C, repr(Mode.A | Mode.C), Mode.B | 8, repr(Mode(8)), Mode.A + 1, list(Mode), Mode.C == 4)
print(repr(~Mode.A), Mode(3) & 1, isinstance(Mode.B, int))
