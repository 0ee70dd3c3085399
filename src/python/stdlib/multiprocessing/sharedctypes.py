"""multiprocessing.sharedctypes: ctypes objects in shared memory (kernel cells): Value and Array.

`Value('d', 1.5)` and `Value(ctypes.c_double, 1.5)` are the same thing: a typecode is
looked up in typecode_to_type. The memory of a shared object is one kernel cell per C
value of its type (a Structure's fields, or, for an array of structures, one cell per
field holding that field of every item). Each read or write of `.value`, of a field or
of an item is one step on its cell: it waits while another task holds the wrapper's
lock, so `v.value += 1` is a read and a write, and two processes doing it can lose
updates. Numbers wrap as C types do.
"""

import ctypes
import _mp
from multiprocessing import context

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

typecode_to_type = {
    'c': ctypes.c_char, 'u': ctypes.c_wchar,
    'b': ctypes.c_byte, 'B': ctypes.c_ubyte,
    'h': ctypes.c_short, 'H': ctypes.c_ushort,
    'i': ctypes.c_int, 'I': ctypes.c_uint,
    'l': ctypes.c_long, 'L': ctypes.c_ulong,
    'q': ctypes.c_longlong, 'Q': ctypes.c_ulonglong,
    'f': ctypes.c_float, 'd': ctypes.c_double,
}


class _SharedMem:
    """Shared memory for `count` items of a C type with `codes` leaves: cell j holds leaf j of
    every item, so flat leaf i is item i // k's leaf i % k."""

    def __init__(self, cells, codes):
        self.cells = cells
        self.codes = codes
        self.k = len(codes)

    def read(self, i):
        k = self.k
        return _mp.cread(self.cells[i % k], i // k)

    def write(self, i, value):
        k = self.k
        if self.codes[i % k] == '?':
            value = bool(value)
        _mp.cwrite(self.cells[i % k], i // k, value)

    def _reduce_view(self, type_, base):
        # only for a child being spawned (the cells refuse otherwise, naming the object's type)
        return (ctypes._rebuild, (ctypes._type_spec(type_), _SharedMem, (self.cells, self.codes), base))


def _shared_memory(type_, count, lock, what, init=None):
    """Cells for `count` items of type_ (zeros, or a simple type's initial values)."""
    leaves = type_._leaves_
    if not leaves:
        raise TypeError('this type has no size')
    for code in leaves:
        if code in 'zZP':
            raise TypeError("forkscope: %s cannot be shared between processes (CPython shares "
                            "only the pointer, which means nothing in another process)" % type_.__name__)
    semlock = getattr(lock, '_semlock', None)
    cells = []
    for code in leaves:
        values = count if init is None else init
        cells.append(_mp.cell(code, values, semlock, what))
    return _SharedMem(cells, list(leaves))


def _type_of(typecode_or_type):
    type_ = typecode_to_type.get(typecode_or_type, typecode_or_type)
    if not isinstance(type_, type) or not issubclass(type_, ctypes._CData) or type_._leaves_ is None:
        raise TypeError('this type has no size')
    return type_


def _raw_value(type_, args, lock, what):
    if issubclass(type_, ctypes._SimpleCData) and len(args) == 1:
        init = [ctypes._store(type_._type_, args[0])]
        if type_._type_ == '?':
            init = [1 if init[0] else 0]
        obj = type_._view(_shared_memory(type_, 1, lock, what, init), 0)
    else:
        obj = type_._view(_shared_memory(type_, 1, lock, what), 0)
        obj.__init__(*args)
    return obj


def _raw_array(type_, size_or_initializer, lock, what):
    if isinstance(size_or_initializer, int):
        array_type = type_ * size_or_initializer
        return array_type._view(_shared_memory(type_, size_or_initializer, lock, what), 0)
    items = size_or_initializer
    array_type = type_ * len(items)
    if issubclass(type_, ctypes._SimpleCData) and type_._type_ != '?':
        if type_._type_ == 'c' and isinstance(items, bytes):
            init = items
        else:
            init = [ctypes._store(type_._type_, v) for v in items]
        return array_type._view(_shared_memory(type_, len(items), lock, what, init), 0)
    result = array_type._view(_shared_memory(type_, len(items), lock, what), 0)
    result.__init__(*items)
    return result


def RawValue(typecode_or_type, *args):
    """A ctypes object in shared memory, without a lock."""
    type_ = _type_of(typecode_or_type)
    return _raw_value(type_, args, None, type_.__name__)


def RawArray(typecode_or_type, size_or_initializer):
    """A ctypes array in shared memory, without a lock."""
    type_ = _type_of(typecode_or_type)
    n = size_or_initializer if isinstance(size_or_initializer, int) else len(size_or_initializer)
    return _raw_array(type_, size_or_initializer, None, '%s_Array_%d' % (type_.__name__, n))


def _lock_for(lock, ctx):
    if lock in (True, None):
        ctx = ctx or context._default_context.get_context()
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A synchronized shared ctypes object (lock=False: the raw object)."""
    type_ = _type_of(typecode_or_type)
    if lock is False:
        return _raw_value(type_, args, None, type_.__name__)
    lock = _lock_for(lock, ctx)
    obj = _raw_value(type_, args, lock, _synchronized_class(type_).__name__)
    return synchronized(obj, lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A synchronized shared ctypes array (lock=False: the raw array)."""
    type_ = _type_of(typecode_or_type)
    if lock is False:
        return RawArray(typecode_or_type, size_or_initializer)
    lock = _lock_for(lock, ctx)
    what = 'SynchronizedString' if type_ is ctypes.c_char else 'SynchronizedArray'
    obj = _raw_array(type_, size_or_initializer, lock, what)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    """A new RawValue/RawArray with obj's current contents."""
    new_obj = _raw_value(type(obj), (), None, type(obj).__name__) if not isinstance(obj, ctypes.Array) \
        else _raw_array(obj._type_, obj._length_, None, type(obj).__name__)
    new_obj._set(obj)
    return new_obj


_class_cache = {}


def _synchronized_class(type_):
    if issubclass(type_, ctypes._SimpleCData):
        return Synchronized
    if issubclass(type_, ctypes.Array):
        return SynchronizedString if type_._type_ is ctypes.c_char else SynchronizedArray
    scls = _class_cache.get(type_)
    if scls is None:
        names = [field[0] for field in type_._fields_]
        d = {name: make_property(name) for name in names}
        scls = _class_cache[type_] = type('Synchronized' + type_.__name__, (SynchronizedBase,), d)
    return scls


def synchronized(obj, lock=None, ctx=None):
    """obj (a shared ctypes object) behind a lock: its accesses hold the lock."""
    assert not isinstance(obj, SynchronizedBase), 'object already synchronized'
    ctx = ctx or context._default_context.get_context()
    return _synchronized_class(type(obj))(obj, lock, ctx)


def make_property(name):
    # like Synchronized.value: each access is a step on the field's cell, which waits for the lock
    def get(self):
        return getattr(self._obj, name)

    def set(self, value):
        setattr(self._obj, name, value)
    return property(get, set)


class SynchronizedBase:

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            ctx = ctx or context._default_context.get_context()
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __reduce__(self):
        # only for a child being spawned; rebuilt there by synchronized() (a Structure's
        # wrapper class is made on demand, so it cannot travel by name)
        context.assert_spawning(self)
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    # A read or a write is one step on the cell, which waits while another task holds the lock.

    @property
    def value(self):
        return self._obj.value

    @value.setter
    def value(self, v):
        self._obj.value = v


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
