# What typing's names look like at run time.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Iterable, Iterator, List,
                    Literal, Mapping, Optional, Sequence, Set, Tuple, Type, TypeVar, Union)

T = TypeVar("T")
N = TypeVar("N", bound=int)
S = TypeVar("S", str, bytes)
Co = TypeVar("Co", covariant=True)
print(List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple, Set[int], FrozenSet[str])
print(Type[int], Optional[int], Union[int, str], Union[int, None], Union[int], Optional[Union[int, str]])
print(Union[int, Union[str, float]], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(Callable[[int, str], bool], Callable[..., int], Callable, Any, T, N, S, Co)
print(N.__bound__, S.__constraints__, T.__name__, Co.__covariant__, T.__module__)
print(Iterable[int], Iterator, Sequence[T], Mapping[str, List[T]], typing.Generator[int, None, None])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.Text, typing.AnyStr)
print(Literal["a", 1], typing.Annotated[int, "meta"], ClassVar[int], Final[int])
print(typing.NoReturn, typing.Never, typing.Self, typing.TypeAlias)
print(Optional[List[Dict[str, Any]]], List[int] | None, int | List[str])
print(List[int] == List[int], hash(List[int]) == hash(List[int]), List[int] == List[str], List[int] == list[int])
print(Dict[str, T][int], Mapping[str, List[T]][bytes])
for bad in [lambda: List[int, str], lambda: Union[()], lambda: Optional[int, str], lambda: List(),
            lambda: isinstance(1, Any), lambda: isinstance([], List[int]), lambda: Any(),
            lambda: Callable[int, str, bool], lambda: TypeVar("X", int)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
