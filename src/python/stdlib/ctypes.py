"""ctypes: C data types (c_int, c_double, c_char, c_bool..., arrays `c_int * 3`, Structure)
as far as programs use them with multiprocessing's shared memory.

A ctypes object is a view of memory: a list of C values ("leaves": one per simple value,
a Structure's fields in order, an array's items in order) that is the object's own or,
for multiprocessing.Value/Array, kernel cells shared between processes. Values are
stored as C stores them (c_int(2**32 + 5) holds 5, c_float(0.1) holds 0.10000000149011612).
There are no pointers, addresses or foreign functions: c_char_p and c_wchar_p hold a
bytes or str value of their own.
"""

import sys
import _mp
import _traceback

__all__ = ['c_bool', 'c_byte', 'c_char', 'c_char_p', 'c_double', 'c_float', 'c_int', 'c_int8',
           'c_int16', 'c_int32', 'c_int64', 'c_long', 'c_longlong', 'c_short', 'c_size_t',
           'c_ssize_t', 'c_ubyte', 'c_uint', 'c_uint8', 'c_uint16', 'c_uint32', 'c_uint64',
           'c_ulong', 'c_ulonglong', 'c_ushort', 'c_void_p', 'c_wchar', 'c_wchar_p',
           'Structure', 'Array', 'sizeof', 'alignment', 'ArgumentError']

_WINDOWS = sys.platform == 'win32'

# typecode -> size in bytes (x86-64 Linux; Windows has a 4-byte long and a 2-byte wchar_t)
_SIZES = {'c': 1, 'u': 2 if _WINDOWS else 4, 'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 4 if _WINDOWS else 8, 'L': 4 if _WINDOWS else 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8,
          '?': 1, 'z': 8, 'Z': 8, 'P': 8}


class ArgumentError(Exception):
    pass


def _zero(code):
    if code == 'c':
        return b'\x00'
    if code == 'u':
        return '\x00'
    if code in 'fd':
        return 0.0
    if code == '?':
        return False
    if code in 'zZP':
        return None
    return 0


def _store(code, value):
    """value as a C variable of type `code` holds it."""
    if code == 'z':
        if value is not None and not isinstance(value, (bytes, int)):
            raise TypeError("bytes or integer address expected instead of %s instance"
                            % type(value).__name__)
        return value
    if code == 'Z':
        if value is not None and not isinstance(value, (str, int)):
            raise TypeError("unicode string or integer address expected instead of %s instance"
                            % type(value).__name__)
        return value
    if code == 'P':
        if value is not None and not isinstance(value, int):
            raise TypeError("cannot be converted to pointer")
        return value
    if code == '?':
        return bool(value)
    return _mp.cstore(code, value)


class _LocalMem:
    """The memory of a ctypes object made by the program: its leaves' values."""

    def __init__(self, codes, values=None):
        self.codes = codes
        self.values = [_zero(c) for c in codes] if values is None else values

    def read(self, i):
        return self.values[i]

    def write(self, i, value):
        self.values[i] = _store(self.codes[i], value)

    def _reduce_view(self, type_, base):
        n = len(type_._leaves_)
        return (_rebuild, (_type_spec(type_), _LocalMem, (self.codes[base:base + n],
                                                          self.values[base:base + n]), 0))


def _type_spec(type_):
    """How a ctypes type travels in a pickle: an array type as (item type, length)."""
    if issubclass(type_, Array):
        return (type_._type_, type_._length_)
    return (type_, None)


def _rebuild(spec, mem_class, mem_args, base):
    """Unpickles a ctypes object: its type and a memory for it."""
    type_, length = spec
    if length is not None:
        type_ = type_ * length
    return type_._view(mem_class(*mem_args), base)


def _caller_module(depth):
    stack = _traceback.stack()
    return stack[depth][3] if len(stack) > depth else __name__


class _CDataMeta(type):
    """The metaclass of ctypes types: c_int * 3 is the type of an array of three c_ints."""

    def __mul__(cls, length):
        return _array_type(cls, length, _caller_module(2))

    def __rmul__(cls, length):
        return _array_type(cls, length, _caller_module(2))


class _CData(metaclass=_CDataMeta):
    """A view of memory: `_mem` (its leaves' values) from leaf `_base` on."""

    _leaves_ = ()

    def __new__(cls, *args, **kwargs):
        if cls._leaves_ is None:
            raise TypeError("abstract class")
        self = object.__new__(cls)
        self._mem = _LocalMem(list(cls._leaves_))
        self._base = 0
        return self

    @classmethod
    def _view(cls, mem, base):
        """An object of this type over mem's leaves from base on (no new memory)."""
        self = object.__new__(cls)
        self._mem = mem
        self._base = base
        return self

    def __reduce__(self):
        return self._mem._reduce_view(type(self), self._base)

    def _set(self, value):
        """Assigning value to this object as a field or item (a copy of its leaves)."""
        if isinstance(value, _CData) and type(value) is type(self):
            for i in range(len(self._leaves_)):
                self._mem.write(self._base + i, value._mem.read(value._base + i))
        elif isinstance(value, tuple) and isinstance(self, Structure):
            self.__init__(*value)
        else:
            raise TypeError("incompatible types, %s instance instead of %s instance"
                            % (type(value).__name__, type(self).__name__))


class _SimpleCData(_CData):
    """A single C value (`.value`)."""

    _type_ = None
    _leaves_ = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        code = cls.__dict__.get('_type_')
        if code is not None:
            if code not in _SIZES:
                raise AttributeError("class must define a '_type_' attribute which must be\n"
                                     "a single character string containing one of 'cbBhHiIlLdfuzZqQPXOv?g'.")
            cls._leaves_ = (code,)

    def __init__(self, value=None):
        if value is not None:
            self._mem.write(self._base, value)

    @property
    def value(self):
        return self._mem.read(self._base)

    @value.setter
    def value(self, value):
        self._mem.write(self._base, value)

    def __repr__(self):
        if self._type_ in 'zZP':
            v = self.value
            return '%s(%s)' % (type(self).__name__, 'None' if v is None else id(v))
        return '%s(%r)' % (type(self).__name__, self.value)

    def __bool__(self):
        return bool(self.value)

    def _set(self, value):
        if isinstance(value, _SimpleCData):
            value = value.value
        self._mem.write(self._base, value)


class c_char(_SimpleCData):
    _type_ = 'c'


class c_wchar(_SimpleCData):
    _type_ = 'u'


class c_byte(_SimpleCData):
    _type_ = 'b'


class c_ubyte(_SimpleCData):
    _type_ = 'B'


class c_short(_SimpleCData):
    _type_ = 'h'


class c_ushort(_SimpleCData):
    _type_ = 'H'


class c_int(_SimpleCData):
    _type_ = 'i'


class c_uint(_SimpleCData):
    _type_ = 'I'


class c_long(_SimpleCData):
    _type_ = 'l'


class c_ulong(_SimpleCData):
    _type_ = 'L'


class c_float(_SimpleCData):
    _type_ = 'f'


class c_double(_SimpleCData):
    _type_ = 'd'


class c_bool(_SimpleCData):
    _type_ = '?'


class c_char_p(_SimpleCData):
    _type_ = 'z'


class c_wchar_p(_SimpleCData):
    _type_ = 'Z'


class c_void_p(_SimpleCData):
    _type_ = 'P'


# As in CPython, equal-sized C types are one class (on Linux c_longlong is c_long).
if _SIZES['l'] == _SIZES['q']:
    c_longlong = c_long
    c_ulonglong = c_ulong
else:
    class c_longlong(_SimpleCData):
        _type_ = 'q'

    class c_ulonglong(_SimpleCData):
        _type_ = 'Q'

c_int8 = c_byte
c_uint8 = c_ubyte
c_int16 = c_short
c_uint16 = c_ushort
c_int32 = c_int
c_uint32 = c_uint
c_int64 = c_longlong
c_uint64 = c_ulonglong
c_size_t = c_ulong if not _WINDOWS else c_ulonglong
c_ssize_t = c_long if not _WINDOWS else c_longlong


class Array(_CData):
    """A fixed number of items of one type (`(c_int * 3)(1, 2)`); c_char arrays also have
    .value and .raw (bytes), c_wchar arrays .value (str)."""

    _type_ = None
    _length_ = 0
    _leaves_ = None

    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    def __len__(self):
        return self._length_

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('indices must be integers')
        if i < 0:
            i += self._length_
        if i < 0 or i >= self._length_:
            raise IndexError('invalid index')
        return i

    def _item(self, i):
        t = self._type_
        n = len(t._leaves_)
        if issubclass(t, _SimpleCData):
            return self._mem.read(self._base + i)
        return t._view(self._mem, self._base + i * n)

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._item(j) for j in range(*i.indices(self._length_))]
            code = getattr(self._type_, '_type_', None)
            if code == 'c':
                return b''.join(items)
            if code == 'u':
                return ''.join(items)
            return items
        return self._item(self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            idx = list(range(*i.indices(self._length_)))
            if len(value) != len(idx):
                raise ValueError('Can only assign sequence of same size')
            if getattr(self._type_, '_type_', None) == 'c' and isinstance(value, bytes):
                value = [value[j:j + 1] for j in range(len(value))]
            for j, v in zip(idx, value):
                self[j] = v
            return
        i = self._index(i)
        t = self._type_
        if issubclass(t, _SimpleCData):
            self._mem.write(self._base + i, value)
        else:
            self._item(i)._set(value)

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        code = getattr(self._type_, '_type_', None)
        if code == 'c':
            raw = self[:]
            end = raw.find(b'\x00')
            return raw if end < 0 else raw[:end]
        if code == 'u':
            s = self[:]
            end = s.find('\x00')
            return s if end < 0 else s[:end]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, v):
        code = getattr(self._type_, '_type_', None)
        if code not in ('c', 'u'):
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        if code == 'c' and not isinstance(v, bytes):
            raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
        if code == 'u' and not isinstance(v, str):
            raise TypeError("unicode string expected instead of %s instance" % type(v).__name__)
        if len(v) > self._length_:
            raise ValueError('byte string too long' if code == 'c' else 'string too long')
        self[0:len(v)] = v
        if len(v) < self._length_:
            self[len(v)] = b'\x00' if code == 'c' else '\x00'

    @property
    def raw(self):
        if getattr(self._type_, '_type_', None) != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return self[:]


_array_types = {}


def _array_type(elem, length, module):
    """The class of arrays of `length` items of `elem` (made once: c_int * 3 is c_int * 3)."""
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    if elem._leaves_ is None:
        raise TypeError('_type_ must have storage info')
    key = (elem, length)
    cls = _array_types.get(key)
    if cls is None:
        cls = _CDataMeta('%s_Array_%d' % (elem.__name__, length), (Array,),
                         {'_type_': elem, '_length_': length, '_leaves_': tuple(elem._leaves_) * length,
                          '__module__': module})
        _array_types[key] = cls
    return cls


class _Field:
    """A field of a Structure class (Point.x): reads and writes the field of an instance."""

    def __init__(self, name, ftype, offset, leaf):
        self.name = name
        self.type = ftype
        self.offset = offset
        self.size = sizeof(ftype)
        self.leaf = leaf

    def _text(self):
        # a c_char or c_wchar array field reads and writes as bytes or str (its .value)
        t = self.type
        return issubclass(t, Array) and getattr(t._type_, '_type_', None) in ('c', 'u')

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        t = self.type
        if issubclass(t, _SimpleCData):
            return obj._mem.read(obj._base + self.leaf)
        view = t._view(obj._mem, obj._base + self.leaf)
        return view.value if self._text() else view

    def __set__(self, obj, value):
        t = self.type
        if issubclass(t, _SimpleCData):
            if isinstance(value, _SimpleCData):
                value = value.value
            obj._mem.write(obj._base + self.leaf, value)
        elif self._text() and isinstance(value, (bytes, str)):
            t._view(obj._mem, obj._base + self.leaf).value = value
        else:
            t._view(obj._mem, obj._base + self.leaf)._set(value)

    def __repr__(self):
        return '<Field type=%s, ofs=%d, size=%d>' % (self.type.__name__, self.offset, self.size)


_Field.__name__ = _Field.__qualname__ = 'CField'
_Field.__module__ = '_ctypes'


class Structure(_CData):
    """A C struct: class Point(Structure): _fields_ = [('x', c_int), ('y', c_int)]."""

    _leaves_ = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = cls.__dict__.get('_fields_')
        if fields is None:
            return
        leaves = list(getattr(cls.__mro__[1], '_leaves_', None) or ())
        offset = sizeof(cls.__mro__[1]) if cls.__mro__[1] is not Structure else 0
        names = []
        for field in fields:
            if not isinstance(field, tuple) or len(field) < 2:
                raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
            name, ftype = field[0], field[1]
            if not isinstance(ftype, type) or not issubclass(ftype, _CData) or ftype._leaves_ is None:
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % len(names))
            align = alignment(ftype)
            offset = (offset + align - 1) // align * align
            setattr(cls, name, _Field(name, ftype, offset, len(leaves)))
            offset += sizeof(ftype)
            leaves.extend(ftype._leaves_)
            names.append(name)
        cls._leaves_ = tuple(leaves)
        cls._field_names_ = tuple(getattr(cls.__mro__[1], '_field_names_', ())) + tuple(names)

    def __init__(self, *args, **kwargs):
        names = self._field_names_
        if len(args) > len(names):
            raise TypeError('too many initializers')
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in names[:len(args)]:
                raise TypeError("duplicate values for field %r" % name)
            setattr(self, name, value)


Structure._field_names_ = ()


def _align_of(t):
    if issubclass(t, _SimpleCData):
        return _SIZES[t._type_]
    if issubclass(t, Array):
        return _align_of(t._type_)
    return max([_align_of(f.type) for f in _fields_of(t)] or [1])


def _fields_of(t):
    out = []
    for klass in reversed(t.__mro__):
        for name in klass.__dict__.get('_fields_', ()):
            out.append(klass.__dict__[name[0]])
    return out


def alignment(obj_or_type):
    t = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    if not issubclass(t, _CData) or t._leaves_ is None:
        raise TypeError('no alignment info')
    return _align_of(t)


def sizeof(obj_or_type):
    """The size in bytes of a C type or object (with a Structure's padding)."""
    t = obj_or_type if isinstance(obj_or_type, type) else type(obj_or_type)
    if not isinstance(t, type) or not issubclass(t, _CData) or t._leaves_ is None:
        raise TypeError('this type has no size')
    if issubclass(t, _SimpleCData):
        return _SIZES[t._type_]
    if issubclass(t, Array):
        return sizeof(t._type_) * t._length_
    size = 0
    for f in _fields_of(t):
        a = _align_of(f.type)
        size = (size + a - 1) // a * a + sizeof(f.type)
    a = _align_of(t)
    return (size + a - 1) // a * a
