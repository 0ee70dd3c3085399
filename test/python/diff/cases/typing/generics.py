# Generic classes, TypeVar, Protocol and the introspection functions.
from typing import (Generic, Iterable, List, Optional, Protocol, TypeVar, get_args, get_origin,
                    runtime_checkable, Dict, Callable, Union, Annotated, Literal)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, s.__orig_class__, Stack, Stack[int], Stack.__parameters__)
print(Stack.__orig_bases__, Stack.__mro__, isinstance(s, Stack))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value


class StrPair(Pair[str, V]):
    pass


print(Pair[int, str], Pair.__parameters__, StrPair.__parameters__, StrPair[int], StrPair(1, 2).value)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print("TypeError:", e)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class File:
    def close(self):
        pass


class NotProto(Protocol):
    def x(self) -> int:
        ...


print(isinstance(File(), Closable), isinstance(3, Closable))
try:
    isinstance(3, NotProto)
except TypeError as e:
    print("TypeError:", e)
for tp in [List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str],
           Callable[..., int], Annotated[int, "m"], Literal[1, 2], int, list[int], int | None, Stack[int]]:
    print(get_origin(tp), get_args(tp))


def first(xs: Iterable[T]) -> Optional[T]:
    for x in xs:
        return x
    return None


print(first([3, 4]), first([]), first.__annotations__)
