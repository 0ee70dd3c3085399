"""multiprocessing.sharedctypes: Value and Array in shared memory (kernel cells).

Each read or write of `.value` or of an element is one step on the cell: it waits
while another task holds the wrapper's lock, so `v.value += 1` is a read and a
write, and two processes doing it can lose updates. Numbers wrap as C types do.
"""

import _mp
from multiprocessing import context

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']


class _CData:
    """A ctypes object living in a kernel cell: the raw value or array of RawValue/RawArray."""

    def __init__(self, cell, typecode, length):
        self._cell = cell
        self._typecode = typecode
        self._length = length

    def __reduce__(self):
        # The ctypes classes are made on demand: rebuilt from the typecode on the other side.
        context.assert_spawning(self)
        return (_rebuild, (self._cell, self._typecode, self._length, isinstance(self, _Array)))


def _rebuild(cell, typecode, length, is_array):
    return _type_for(typecode, length if is_array else None)(cell, typecode, length)


class _SimpleCData(_CData):

    @property
    def value(self):
        return _mp.cread(self._cell, 0)

    @value.setter
    def value(self, v):
        _mp.cwrite(self._cell, 0, v)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.value)


class _Array(_CData):

    def __len__(self):
        return self._length

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('indices must be integers')
        if i < 0:
            i += self._length
        if i < 0 or i >= self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            if step == 1:
                return _mp.cread_range(self._cell, start, stop)
            items = [_mp.cread(self._cell, j) for j in range(start, stop, step)]
            return b''.join(items) if self._typecode == 'c' else items
        return _mp.cread(self._cell, self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._length)
            idx = list(range(start, stop, step))
            if len(v) != len(idx):
                raise ValueError('Can only assign sequence of same size')
            if step == 1:
                _mp.cwrite_range(self._cell, start, v)
            else:
                for j, x in zip(idx, v):
                    _mp.cwrite(self._cell, j, x)
            return
        _mp.cwrite(self._cell, self._index(i), v)

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._typecode == 'c':
            raw = self[:]
            end = raw.find(b'\0')
            return raw if end < 0 else raw[:end]
        if self._typecode == 'u':
            s = ''.join(self[:])
            end = s.find('\0')
            return s if end < 0 else s[:end]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, v):
        if self._typecode not in ('c', 'u'):
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        if len(v) > self._length:
            raise ValueError('byte string too long')
        self[0:len(v)] = v
        if len(v) < self._length:
            self[len(v)] = b'\0' if self._typecode == 'c' else '\0'

    @property
    def raw(self):
        return self[:]


_types = {}


def _type_for(typecode, array_length=None):
    """The ctypes class of a typecode (c_int, c_double...) or of an array of it (c_int_Array_3)."""
    name = _mp.ctype_name(typecode)
    if array_length is not None:
        name = '%s_Array_%d' % (name, array_length)
    cls = _types.get(name)
    if cls is None:
        base = _SimpleCData if array_length is None else _Array
        cls = type(name, (base,), {'__module__': 'multiprocessing.sharedctypes' if array_length is not None else 'ctypes'})
        _types[name] = cls
    return cls


def RawValue(typecode_or_type, *args, _lock=None, _what='c_int'):
    """A ctypes object in shared memory, without a lock."""
    typecode = typecode_or_type
    cls = _type_for(typecode)
    cell = _mp.cell(typecode, list(args[:1]) if args else 1, _lock, _what)
    return cls(cell, typecode, 1)


def RawArray(typecode_or_type, size_or_initializer, _lock=None, _what='c_int'):
    """A ctypes array in shared memory, without a lock."""
    typecode = typecode_or_type
    if isinstance(size_or_initializer, int):
        length = size_or_initializer
        init = length
    else:
        init = size_or_initializer if typecode == 'c' and isinstance(size_or_initializer, bytes) else list(size_or_initializer)
        length = len(init)
    cls = _type_for(typecode, length)
    cell = _mp.cell(typecode, init, _lock, _what)
    return cls(cell, typecode, length)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A synchronized shared ctypes object (lock=False: the raw object)."""
    what = _mp.ctype_name(typecode_or_type)
    if lock is False:
        return RawValue(typecode_or_type, *args, _what=what)
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    obj = RawValue(typecode_or_type, *args, _lock=lock._semlock, _what='Synchronized')
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A synchronized shared ctypes array (lock=False: the raw array)."""
    _mp.ctype_name(typecode_or_type)
    if lock is False:
        return RawArray(typecode_or_type, size_or_initializer)
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    what = 'SynchronizedString' if typecode_or_type == 'c' else 'SynchronizedArray'
    obj = RawArray(typecode_or_type, size_or_initializer, _lock=lock._semlock, _what=what)
    if typecode_or_type == 'c':
        return SynchronizedString(obj, lock)
    return SynchronizedArray(obj, lock)


def synchronized(obj, lock=None, ctx=None):
    ctx = ctx or context._default_context.get_context()
    lock = lock or ctx.RLock()
    if isinstance(obj, _Array):
        return (SynchronizedString if obj._typecode == 'c' else SynchronizedArray)(obj, lock)
    return Synchronized(obj, lock)


def copy(obj):
    return RawValue(obj._typecode, obj.value) if isinstance(obj, _SimpleCData) else RawArray(obj._typecode, obj[:])


class SynchronizedBase:

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __getstate__(self):
        context.assert_spawning(self)
        return (self._obj, self._lock)

    def __setstate__(self, state):
        self._obj, self._lock = state
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):

    @property
    def value(self):
        return _mp.cread(self._obj._cell, 0)

    @value.setter
    def value(self, v):
        _mp.cwrite(self._obj._cell, 0, v)


class SynchronizedArray(SynchronizedBase):

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        return self._obj[i]

    def __setitem__(self, i, value):
        self._obj[i] = value

    def __iter__(self):
        return iter(self._obj[:])


class SynchronizedString(SynchronizedArray):

    @property
    def value(self):
        return self._obj.value

    @value.setter
    def value(self, v):
        self._obj.value = v

    @property
    def raw(self):
        return self._obj.raw
