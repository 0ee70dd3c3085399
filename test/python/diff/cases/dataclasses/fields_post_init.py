# field(): defaults, default_factory, init/repr/compare; __post_init__ and InitVar; KW_ONLY.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False, metadata={"unit": "none"})
    instances: ClassVar[int] = 0


a, b = Inventory("a"), Inventory("b")
a.items.append("apple")
print(a, b, a.items is b.items, Inventory("a", ["apple"], 5, "x") == Inventory("a", ["apple"], 5, "y"))
print([f.name for f in fields(a)], fields(Inventory)[3].metadata, Inventory.instances)
print(fields(Inventory)[1].default_factory, repr(fields(Inventory)[0].default)[:34])


@dataclass
class Scaled:
    base: int
    result: int = field(init=False)
    factor: InitVar[int] = 2

    def __post_init__(self, factor):
        self.result = self.base * factor


print(Scaled(3), Scaled(3, 5), [f.name for f in fields(Scaled)], Scaled.__init__.__name__)


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int = 1


print(Options("p", verbose=True), Options("q", depth=3))


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


print(Config(host="h"), Config(port=1, host="x"))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad3:
        x = field(default=1)
except TypeError as e:
    print("TypeError:", e)
