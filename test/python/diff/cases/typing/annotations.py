# Annotations are evaluated and kept: module, class and function __annotations__.
from typing import ClassVar, List, Optional, get_type_hints

count: int = 0
name: str
print(__annotations__)


class Config:
    debug: bool = False
    tags: List[str]
    limit: "int"
    registry: ClassVar[dict] = {}

    def method(self, a: int, b: "Config" = None, *args: str, flag: bool = True, **kw: float) -> Optional[int]:
        return None


print(Config.__annotations__, Config.debug, hasattr(Config, "tags"))
print(Config.method.__annotations__)
print(get_type_hints(Config.method))
print(get_type_hints(Config))


def plain(x, y=1):
    return x


print(plain.__annotations__, type(plain.__annotations__))
plain.__annotations__ = {"x": int}
print(plain.__annotations__)


class Empty:
    pass


print(Empty.__annotations__, Config.__dict__["__annotations__"] is Config.__annotations__)


def pep604(a: list[int], b: dict[str, int | None], c: tuple[int, ...] = ()) -> set[str] | None:
    return None


print(pep604.__annotations__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
x: list[int] = [1, 2]
print(x, __annotations__["x"])


def local_annotations():
    y: int = 5
    z: "undefined name"
    return y


print(local_annotations())
try:
    def bad(v: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)
