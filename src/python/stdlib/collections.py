"""collections: deque (native), defaultdict, OrderedDict, Counter, namedtuple."""

from _forkscope import deque

__all__ = ['deque', 'defaultdict', 'OrderedDict', 'Counter', 'namedtuple']


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f'defaultdict({self.default_factory!r}, {dict.__repr__(self)})'

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __reduce__(self):
        return (defaultdict, (self.default_factory, dict(self)))


class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return 'OrderedDict()'
        return f'OrderedDict({list(self.items())!r})'

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def copy(self):
        return OrderedDict(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def __reduce__(self):
        return (OrderedDict, (list(self.items()),))


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) + count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __repr__(self):
        if not self:
            return 'Counter()'
        return 'Counter({%s})' % ', '.join('%r: %r' % kv for kv in self.most_common())

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __reduce__(self):
        return (Counter, (dict(self),))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
    n = len(field_names)
    dflts = tuple(defaults) if defaults is not None else ()
    if len(dflts) > n:
        raise TypeError('Got more default values than field names')

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > n:
            raise TypeError(f'{typename}.__new__() takes {n + 1} positional arguments but {len(values) + 1} were given')
        for name in field_names[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_names[n - len(dflts):]:
                values.append(dflts[field_names.index(name) - (n - len(dflts))])
            else:
                missing = [f for f in field_names[len(values):] if f not in kwargs]
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: " + ' and '.join(repr(m) for m in missing))
        if kwargs:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument {next(iter(kwargs))!r}")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return typename + '(' + ', '.join(f'{name}={value!r}' for name, value in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **kwargs):
        return type(self)(**{**self._asdict(), **kwargs})

    def __getnewargs__(self):
        return tuple(self)

    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
          '__getnewargs__': __getnewargs__, '_fields': field_names, '__slots__': (),
          '_field_defaults': dict(zip(field_names[n - len(dflts):], dflts))}
    for index, name in enumerate(field_names):
        ns[name] = property(lambda self, index=index: self[index], doc=f'Alias for field number {index}')
    cls = type(typename, (tuple,), ns)
    cls._make = classmethod(lambda c, iterable: c(*iterable))
    if module is None:
        import sys
        module = sys._getframe(1).f_globals.get('__name__', '__main__') if hasattr(sys, '_getframe') else '__main__'
    cls.__module__ = module
    return cls
