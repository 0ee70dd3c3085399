"""Arrays of C numbers (array.array): a list whose items all have one C type, kept in range and
convertible to and from bytes in the machine's layout (struct's native one).
"""

import struct as _struct
import sys as _sys

typecodes = 'bBuhHiIlLqQfd'

_INT_RANGES = {
    'b': (-2 ** 7, 2 ** 7 - 1, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 2 ** 8 - 1, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-2 ** 15, 2 ** 15 - 1, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 2 ** 16 - 1, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': (0, 2 ** 32 - 1, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
    'l': (-2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
    'L': (0, 2 ** 64 - 1, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
    'q': (-2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2 ** 64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),
}


def _item(typecode, value):
    """value checked (and for 'f' rounded) as an item of an array of typecode."""
    if typecode in _INT_RANGES:
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        low, high, below, above = _INT_RANGES[typecode]
        if value < low:
            raise OverflowError(below)
        if value > high:
            raise OverflowError(above)
        return int(value)
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError('array item must be unicode character')
        return value
    if not isinstance(value, (int, float)):
        raise TypeError('must be real number, not %s' % type(value).__name__)
    if typecode == 'f':
        return _struct.unpack('f', _struct.pack('f', value))[0]
    return float(value)


class array:
    """array(typecode[, initializer]): items of one C type; initializer is an iterable of them,
    bytes of their layout, or (typecode 'u') a str."""

    __hash__ = None

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self._items = [_item(typecode, v) for v in initializer]

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return 2 if self._typecode == 'u' and _sys.platform == 'win32' else _struct.calcsize('i' if self._typecode == 'u' else self._typecode)

    def _same_kind(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (what, type(other).__name__))
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def append(self, value):
        self._items.append(_item(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
        else:
            self._items.extend(_item(self._typecode, v) for v in iterable)

    def insert(self, i, value):
        self._items.insert(i, _item(self._typecode, value))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        if not -len(self._items) <= i < len(self._items):
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=_sys.maxsize):
        try:
            return self._items.index(value, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        data = self.tobytes()
        size = self.itemsize
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self._items.extend([_item(self._typecode, v) for v in items])

    def tobytes(self):
        if self._typecode == 'u':
            return b''.join(ord(ch).to_bytes(self.itemsize, 'little') for ch in self._items)
        return _struct.pack('%d%s' % (len(self._items), self._typecode), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        if self._typecode == 'u':
            self._items.extend(chr(int.from_bytes(data[i:i + self.itemsize], 'little')) for i in range(0, len(data), self.itemsize))
        else:
            self._items.extend(_struct.unpack('%d%s' % (len(data) // self.itemsize, self._typecode), data))

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[index] = value._items
            return
        value = _item(self._typecode, value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        self._same_kind(other, 'append')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same_kind(other, 'extend')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        return self._items == other._items if isinstance(other, array) else NotImplemented

    def __ne__(self, other):
        return self._items != other._items if isinstance(other, array) else NotImplemented

    def __lt__(self, other):
        return self._items < other._items if isinstance(other, array) else NotImplemented

    def __le__(self, other):
        return self._items <= other._items if isinstance(other, array) else NotImplemented

    def __gt__(self, other):
        return self._items > other._items if isinstance(other, array) else NotImplemented

    def __ge__(self, other):
        return self._items >= other._items if isinstance(other, array) else NotImplemented

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)


ArrayType = array
