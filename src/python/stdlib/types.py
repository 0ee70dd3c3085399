"""types: names for the types of builtin objects, MappingProxyType and SimpleNamespace."""

import sys

__all__ = ['FunctionType', 'LambdaType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'ModuleType', 'GeneratorType', 'NoneType', 'GenericAlias',
           'UnionType', 'MappingProxyType', 'SimpleNamespace', 'new_class']


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
GeneratorType = type(_g())
NoneType = type(None)
GenericAlias = type(list[int])
UnionType = type(int | str)
del _f, _g, _C


class MappingProxyType:
    """A read-only view of a mapping (a class's __dict__, an enum's __members__)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return self._mapping | other

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'
MappingProxyType.__module__ = 'builtins'


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        items = ('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        return '{}({})'.format('namespace', ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = 'types'


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it (exec_body fills its namespace)."""
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)
