# order=True compares the fields as tuples; frozen=True forbids assignment and gives a hash.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1 < v2, v1 >= v2, sorted([v2, v1, Version(0, 9)]), Version(1, 2, "x") == v1)
print(hash(v1) == hash(Version(1, 2)), {v1: "one"}[Version(1, 2)])
for attempt in [lambda: setattr(v1, "major", 3), lambda: delattr(v1, "minor"),
                lambda: setattr(v1, "new", 1)]:
    try:
        attempt()
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Key(1)) == hash(Key(1, [2])), Key(1) == Key(1, [5]))


@dataclass(eq=True)
class Hashed:
    a: int

    def __hash__(self):
        return 7


print(hash(Hashed(1)))
for bad in [dict(order=True, eq=False)]:
    try:
        @dataclass(**bad)
        class X:
            a: int
    except ValueError as e:
        print("ValueError:", e)
try:
    @dataclass(order=True)
    class Y:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Z(Version):
        c: int = 0
except TypeError as e:
    print("TypeError:", e)
