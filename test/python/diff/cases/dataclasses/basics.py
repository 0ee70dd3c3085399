# @dataclass writes __init__, __repr__ and __eq__ from the annotated fields.
from dataclasses import dataclass, field, fields, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p.x, p.y)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__doc__, Point.__match_args__, Point.__hash__, Point.__annotations__)
print(Point.__dataclass_params__)
print([(f.name, f.type, f.default) for f in fields(Point)])
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
p.x = 10
print(p, p == Point(1, 2), p == (10, 2))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Custom:
    a: int
    b: str = "b"

    def __repr__(self):
        return "Custom!"

    def total(self):
        return self.a * 2


print(Custom(1), Custom(2).total(), Custom(1, "x").b)


@dataclass(repr=False, eq=False)
class Plain:
    a: int


print(repr(Plain(1))[:19], Plain(1) == Plain(1), Plain.__hash__ is object.__hash__)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)


root = Node("root")
root.children.append(root)
print(root)
