# asdict/astuple recurse into dataclasses and containers; replace() makes a changed copy;
# fields are inherited in definition order.
from dataclasses import dataclass, field, asdict, astuple, replace, make_dataclass, fields


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


line = Line(Point(0, 0), Point(3, 4), [Point(1, 1)], {"k": Point(2, 2)})
print(line)
print(asdict(line))
print(astuple(line))
d = asdict(line)
d["tags"].append("new")
print(line.tags, d["tags"])
print(replace(line.start, y=9), replace(line, tags=[]).tags, line.start is replace(line).start)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"total": lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2, 3).total(), C.__name__)
for bad in [lambda: asdict(Point), lambda: astuple(3), lambda: replace(3), lambda: fields(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(line, nope=1)
except TypeError as e:
    print("TypeError:", e)
