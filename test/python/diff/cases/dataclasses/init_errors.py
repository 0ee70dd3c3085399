# A dataclass's __init__ fails like a written one, with the class's name.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Three:
    a: int
    b: int
    c: int


for make in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2),
             lambda: Three(), lambda: Three(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(Point(1))
Three(1, 2)
