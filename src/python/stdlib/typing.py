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


class _BaseGenericAlias:
    """What List, Dict[str, int], Stack[int]... are: an origin class, and the name to show."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst'):
            raise AttributeError(attr)
        if attr[:2] == attr[-2:] == '__':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseGenericAlias):
    """A subscripted alias: typing.List[int], __main__.Stack[int], typing.ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_check(a, "Parameters to generic types must be types.") for a in args)
        _check_count(self, args, len(self.__parameters__))
        new_args = _substitute(self.__args__, list(self.__parameters__), args)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        return (_GenericAlias, (self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_BaseGenericAlias):
    """An alias not yet subscripted: typing.List, typing.Iterable."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_count(self, params, self._nparams)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__

    def __hash__(self):
        return hash(self.__origin__)


class _CallableGenericAlias(_GenericAlias):

    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return f'typing.Callable[..., {_type_repr(self.__args__[-1])}]'
        return (f'typing.Callable[[{", ".join([_type_repr(a) for a in self.__args__[:-1]])}], '
                f'{_type_repr(self.__args__[-1])}]')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias):

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.")
                           for a in args) + (_type_check(result, "Callable[args, result]: result must be a type."),)
        elif args is ...:
            params = (..., _type_check(result, "Callable[args, result]: result must be a type."))
        else:
            params = (args, result)
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _TupleType(_SpecialGenericAlias):

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias):
    """Union[int, str] (shown as typing.Optional[int] when the other member is None)."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __instancecheck__(self, obj):
        return isinstance(obj, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __subclasscheck__(self, cls):
        return issubclass(cls, tuple(a for a in self.__args__ if isinstance(a, type)))

    def __reduce__(self):
        return (Union.__getitem__, (Union, self.__args__))


class _LiteralGenericAlias(_GenericAlias):

    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class Annotated:
    """Annotated[T, x, ...]: T with extra metadata."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


class Generic:
    """The base of generic classes: class Stack(Generic[T]) makes Stack[int] possible."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            _check_count(cls, params, len(cls.__parameters__))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are not listed in Generic[{s_args}]")
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


Generic.__parameters__ = ()


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in (
                    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
                    '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__next_in_mro__',
                    '__parameters__', '__origin__', '__orig_bases__', '__extra__', '__tree_hash__',
                    '__doc__', '__subclasshook__', '__init__', '__new__', '__module__',
                    '_MutableMapping__marker', '_gorg', '__qualname__', '__init_subclass__'):
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        is_protocol = cls.__dict__.get('_is_protocol', False)
        if is_protocol and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if isinstance(type(instance), type) and cls in type(instance).__mro__:
            return True
        if is_protocol:
            return all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None))
                                                     or getattr(instance, attr) is not None)
                       for attr in _protocol_attrs(cls))
        return False


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocols (structural types); @runtime_checkable ones work with isinstance()."""

    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Lets isinstance() check a protocol by the attributes an object has."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


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


class SupportsInt(Protocol):
    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    def __float__(self) -> float:
        pass


class SupportsIndex(Protocol):
    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    def __abs__(self):
        pass


class SupportsRound(Protocol):
    def __round__(self, ndigits=0):
        pass


class IO(Generic[AnyStr]):
    """The generic type of file objects."""


class TextIO(IO[str]):
    """The type of text files."""


class BinaryIO(IO[bytes]):
    """The type of binary files."""


Pattern = _alias(type('Pattern', (), {'__module__': 're'}), 1)
Match = _alias(type('Match', (), {'__module__': 're'}), 1)


def cast(typ, val):
    """val, unchanged (it tells a type checker that val is a typ)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Marks one signature of an overloaded function (the last, undecorated def implements it)."""
    _overload_registry.setdefault(getattr(func, '__qualname__', ''), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', ''), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs}
        return cls_or_fn
    return decorator


class NewType:
    """NewType('UserId', int): a callable that returns its argument, distinct to type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{superclass_name} = NewType({superclass_name!r}, {self.__name__})`")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted form of tp (list for List[int], Union for Optional[int]), or None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of tp (Dict[str, int] -> (str, int)), or ()."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (len(res) == 2 and res[0] is ...):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _resolve(value, globalns):
    """A string annotation as the object it names (a dotted name); others unchanged."""
    if value is None:
        return NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        parts = value.strip().split('.')
        if all(p.isidentifier() for p in parts):
            import builtins
            obj = globalns[parts[0]] if parts[0] in globalns else getattr(builtins, parts[0], None)
            if obj is not None:
                for p in parts[1:]:
                    obj = getattr(obj, p)
                return obj
            raise NameError(f"name '{parts[0]}' is not defined")
        return ForwardRef(value)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), function or module, strings resolved by name.

    forkscope resolves string annotations that are (dotted) names; others stay ForwardRefs.
    """
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = sys.modules[base.__module__].__dict__ if globalns is None and base.__module__ in sys.modules else (globalns or {})
            for name, value in ann.items():
                hints[name] = _resolve(value, g)
        return hints
    if globalns is None:
        if hasattr(obj, '__globals__'):
            globalns = obj.__globals__
        elif hasattr(obj, '__dict__') and isinstance(getattr(obj, '__name__', None), str) and obj.__name__ in sys.modules:
            globalns = obj.__dict__
        else:
            globalns = {}
    hints = dict(getattr(obj, '__annotations__', None) or {})
    for name, value in hints.items():
        hints[name] = _resolve(value, globalns)
    return hints


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__',
                      '__orig_bases__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(), defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: NamedTuple('P', [('x', int)]) or class P(NamedTuple): x: int."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            if origin is Required or (total and origin is not NotRequired):
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with given keys: class Movie(TypedDict): name: str (instances are dicts)."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
