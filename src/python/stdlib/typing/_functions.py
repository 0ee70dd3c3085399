"""typing's functions: cast, overload, final and the other markers, and the introspection
functions get_origin, get_args and get_type_hints.
"""

import sys
from types import GenericAlias as _BuiltinAlias, UnionType as _UnionType
from typing import (NoneType, ForwardRef, ParamSpecArgs, ParamSpecKwargs, Generic, Annotated,
                    _BaseGenericAlias, _GenericAlias, _CallableGenericAlias, _AnnotatedAlias)


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
