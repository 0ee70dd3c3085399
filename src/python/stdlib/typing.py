"""typing: the names programs annotate with, as CPython 3.11 shows them at run time.

Annotations are evaluated (and kept in __annotations__) but never checked. What this
module makes are objects that print and compare as CPython's do (`typing.List[int]`,
`typing.Optional[str]`, `~T`), that can be subscripted, unioned (`List[int] | None`)
and subclassed (`class Stack(Generic[T])`), plus NamedTuple, TypedDict, NewType, cast,
get_type_hints, get_origin and get_args. The abstract collections (Iterable,
Mapping...) are those of _collections_abc.
"""

import sys
import collections
import contextlib
import _collections_abc
import _traceback
from types import GenericAlias as _BuiltinAlias, UnionType as _UnionType

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
           'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container', 'ContextManager',
           'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
           'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
           'AsyncGenerator', 'Reversible', 'SupportsAbs', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
           'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
           'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
           'LiteralString', 'Never', 'NewType', 'no_type_check', 'NoReturn', 'NotRequired',
           'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type',
           'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard']

TYPE_CHECKING = False
NoneType = type(None)


def _type_repr(obj):
    """How an argument appears inside typing's reprs (int, __main__.P, ..., typing.List[int])."""
    if isinstance(obj, type):
        if obj is NoneType:
            return 'NoneType'
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if callable(obj) and hasattr(obj, '__code__'):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    """arg as a type argument: None is NoneType, a string a ForwardRef; other non-types fail."""
    if arg is None:
        return NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg in (ClassVar, Final) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, (type, TypeVar, ForwardRef, ParamSpec, _BaseGenericAlias, _SpecialForm,
                        _BuiltinAlias, _UnionType)) or arg is Any:
        return arg
    if not callable(arg):
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _caller_module(depth=2):
    """The __name__ of the module whose code is `depth` calls up (who called TypeVar())."""
    stack = _traceback.stack()
    return stack[depth][3] if len(stack) > depth else None


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _check_count(alias, args, expected):
    if len(args) != expected:
        raise TypeError(f"Too {'many' if len(args) > expected else 'few'} arguments for {alias};"
                        f" actual {len(args)}, expected {expected}")


def _substitute(args, params, given):
    """args with each type variable of params replaced by the matching item of given."""
    out = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)) and a in params:
            out.append(given[params.index(a)])
        elif isinstance(a, (_BaseGenericAlias, _BuiltinAlias)) and getattr(a, '__parameters__', ()):
            sub = tuple(given[params.index(p)] for p in a.__parameters__)
            out.append(a[sub if len(sub) != 1 else sub[0]])
        else:
            out.append(a)
    return tuple(out)


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        elif isinstance(p, _UnionType):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


class _SpecialForm:
    """Any, Union, Optional, ClassVar, Literal...: names that are not classes."""

    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _one_type(self, parameters, msg):
    if isinstance(parameters, tuple):
        raise TypeError(f"{self} accepts only single type. Got {parameters!r:.100}.")
    return _GenericAlias(self, (_type_check(parameters, msg),))


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.") for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, NoneType]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, tuple(_deduplicate(parameters)))


NoReturn = _SpecialForm('NoReturn', doc='A function that never returns.')
Never = _SpecialForm('Never', doc='The bottom type.')
Self = _SpecialForm('Self', doc='The type of the enclosing class.')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', lambda s, p: _one_type(s, p, f"{s} accepts only single type."))
Final = _SpecialForm('Final', lambda s, p: _one_type(s, p, f"{s} accepts only single type."))
TypeGuard = _SpecialForm('TypeGuard', lambda s, p: _one_type(s, p, f"{s} accepts only single type."))
Required = _SpecialForm('Required', lambda s, p: _one_type(s, p, f"{s} accepts only single type."))
NotRequired = _SpecialForm('NotRequired', lambda s, p: _one_type(s, p, f"{s} accepts only single type."))
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Concatenate = _SpecialForm('Concatenate', lambda s, p: _GenericAlias(s, p if isinstance(p, tuple) else (p,)))


class ForwardRef:
    """A type given as a string, not evaluated."""

    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class _TypeVarLike:

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")


class TypeVar(_TypeVarLike):
    """A type variable: T = TypeVar('T') (bound=..., or constraints)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_TypeVarLike):
    """The parameters of a callable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = bound
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)


from typing._aliases import (_BaseGenericAlias, _GenericAlias, _TypingEllipsis,  # noqa: E402
                             _SpecialGenericAlias, _CallableGenericAlias, _CallableType,
                             _TupleType, _UnionGenericAlias, _LiteralGenericAlias,
                             _AnnotatedAlias, Annotated)
from typing._generics import (Generic, Protocol, runtime_checkable, SupportsInt,  # noqa: E402
                              SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, NewType,
                              NamedTuple, NamedTupleMeta, TypedDict, is_typeddict, _TypedDictMeta)


def _alias(origin, nparams, name=None, inst=True):
    return _SpecialGenericAlias(origin, nparams, name=name, inst=inst)


A = _collections_abc
Hashable = _alias(A.Hashable, 0)
Awaitable = _alias(A.Awaitable, 1)
Coroutine = _alias(A.Coroutine, 3)
AsyncIterable = _alias(A.AsyncIterable, 1)
AsyncIterator = _alias(A.AsyncIterator, 1)
Iterable = _alias(A.Iterable, 1)
Iterator = _alias(A.Iterator, 1)
Reversible = _alias(A.Reversible, 1)
Sized = _alias(A.Sized, 0)
Container = _alias(A.Container, 1)
Collection = _alias(A.Collection, 1)
Callable = _CallableType(A.Callable, 2)
AbstractSet = _alias(A.Set, 1, name='AbstractSet')
MutableSet = _alias(A.MutableSet, 1)
Mapping = _alias(A.Mapping, 2)
MutableMapping = _alias(A.MutableMapping, 2)
Sequence = _alias(A.Sequence, 1)
MutableSequence = _alias(A.MutableSequence, 1)
ByteString = _alias(A.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(A.MappingView, 1)
KeysView = _alias(A.KeysView, 1)
ItemsView = _alias(A.ItemsView, 2)
ValuesView = _alias(A.ValuesView, 1)
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
Generator = _alias(A.Generator, 3)
AsyncGenerator = _alias(A.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
ContextManager = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
del A
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


class IO(Generic[AnyStr]):
    """The generic type of file objects."""


class TextIO(IO[str]):
    """The type of text files."""


class BinaryIO(IO[bytes]):
    """The type of binary files."""


Pattern = _alias(type('Pattern', (), {'__module__': 're'}), 1)
Match = _alias(type('Match', (), {'__module__': 're'}), 1)


from typing._functions import (cast, assert_type, assert_never, reveal_type, overload,  # noqa: E402
                               get_overloads, clear_overloads, final, no_type_check,
                               dataclass_transform, get_origin, get_args, get_type_hints)
