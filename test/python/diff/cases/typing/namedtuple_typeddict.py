# NamedTuple, TypedDict, NewType, cast, TYPE_CHECKING, overload.
from typing import NamedTuple, TypedDict, NewType, cast, TYPE_CHECKING, overload, List
import typing


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm2(self) -> int:
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p, Point(1), p.norm2(), p._fields, Point.__annotations__, Point._field_defaults)
print(isinstance(p, tuple), p._replace(y=0), p._asdict(), tuple(p), p[0])
Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 3), Employee.__annotations__, Employee._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)


class Movie(TypedDict):
    title: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(title="Blade Runner", year=1982)
print(m, type(m), Movie.__annotations__, Movie2.__annotations__)
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, type(UserId(5)))
print(cast(List[int], "not a list"), cast("int", 3), TYPE_CHECKING)
if TYPE_CHECKING:
    import not_a_module


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double("ab"), len(typing.get_overloads(double)))
