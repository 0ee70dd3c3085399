"""multiprocessing.shared_memory: blocks of bytes that processes share by name.

A block is a POSIX shared memory object, the file /dev/shm/<name> (on Windows, a named
mapping with the same rules here), whose bytes live in one kernel cell: every read or
write of `buf` is a step on that cell, so processes that write a block without a lock race
as they do on a real machine. `buf` behaves as the memoryview CPython gives (indexing,
slicing into views, slice assignment, tobytes, release); struct.pack_into and unpack_from
accept it, which is how ShareableList lays out its items, byte for byte as CPython does.
Names are 'psm_' and 8 hex digits from a generator of this process (deterministic per run).
CPython's resource tracker is not modelled: a block nobody unlinks stays until the run ends,
without the tracker's "leaked shared_memory objects" warning.
"""

import os
import random as _random
import struct
import types
from functools import partial

import _mp

__all__ = ['SharedMemory', 'ShareableList']

_POSIX = os.name != 'nt'
_PREFIX = '/psm_' if _POSIX else 'wnsm_'
_rng = None
_rng_pid = None


def _make_filename():
    global _rng, _rng_pid
    if _rng_pid != os.getpid():
        _rng = _random.Random()
        _rng_pid = os.getpid()
    return _PREFIX + '%08x' % _rng.getrandbits(32)


class _SharedBuffer:
    """A memoryview of a shared block's bytes (format 'B'), or of a slice of them."""

    _shared_bytes = True  # struct.pack_into / unpack_from write and read it through slices
    __slots__ = ('_cell', '_idx', '_released')

    def __init__(self, cell, idx):
        self._cell = cell
        self._idx = idx
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def __len__(self):
        self._check()
        return len(self._idx)

    def _bytes(self, idx):
        if idx.step == 1:
            return bytes(_mp.cread_range(self._cell, idx.start, idx.stop)) if len(idx) else b''
        return bytes(_mp.cread(self._cell, i) for i in idx)

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            return _SharedBuffer(self._cell, self._idx[key])
        if not hasattr(key, '__index__'):
            raise TypeError('memoryview: invalid slice key')
        try:
            i = self._idx[key]
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None
        return _mp.cread(self._cell, i)

    def __setitem__(self, key, value):
        self._check()
        if isinstance(key, slice):
            idx = self._idx[key]
            data = _bytes_of(value)
            if len(data) != len(idx):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            if idx.step == 1:
                if len(idx):
                    _mp.cwrite_range(self._cell, idx.start, data)
            else:
                for i, b in zip(idx, data):
                    _mp.cwrite(self._cell, i, b)
            return
        if not hasattr(key, '__index__'):
            raise TypeError('memoryview: invalid slice key')
        try:
            i = self._idx[key]
        except IndexError:
            raise IndexError('index out of bounds on dimension 1') from None
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        _mp.cwrite(self._cell, i, value)

    def __iter__(self):
        self._check()
        return iter(self._bytes(self._idx))

    def __eq__(self, other):
        if self._released:
            return self is other
        try:
            return self._bytes(self._idx) == _bytes_of(other)
        except TypeError:
            return NotImplemented

    __hash__ = None

    def __bytes__(self):
        return self.tobytes()

    def tobytes(self, order='C'):
        self._check()
        return self._bytes(self._idx)

    def tolist(self):
        self._check()
        return list(self._bytes(self._idx))

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def _span(self, what, verb, offset, size):
        """The offset struct's pack_into/unpack_from would use for size bytes, with _struct's checks."""
        n = len(self)
        if offset < 0:
            if offset + n < 0:
                raise struct.error('offset %d out of range for %d-byte buffer' % (offset, n))
            offset += n
        if n - offset < size:
            raise struct.error('%s requires a buffer of at least %d bytes for %s %d bytes at offset %d '
                               '(actual buffer size is %d)' % (what, size + offset, verb, size, offset, n))
        return offset

    def _write_at(self, what, offset, data):
        """struct.pack_into on this buffer: data written at offset."""
        offset = self._span(what, 'packing', offset, len(data))
        self[offset:offset + len(data)] = data

    def _read_at(self, what, offset, size):
        """struct.unpack_from on this buffer: size bytes at offset."""
        offset = self._span(what, 'unpacking', offset, size)
        return self[offset:offset + size].tobytes()

    nbytes = property(lambda self: len(self))
    readonly = property(lambda self: False)
    format = property(lambda self: 'B')
    itemsize = property(lambda self: 1)
    ndim = property(lambda self: 1)
    shape = property(lambda self: (len(self),))
    strides = property(lambda self: (self._idx.step,))
    contiguous = property(lambda self: self._idx.step == 1)
    c_contiguous = contiguous
    f_contiguous = contiguous

    def __repr__(self):
        if self._released:
            return '<released memory at 0x%x>' % id(self)
        return '<memory at 0x%x>' % id(self)


def _bytes_of(value):
    if isinstance(value, _SharedBuffer):
        return value.tobytes()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)


class SharedMemory:
    """Creates a new shared memory block or attaches to an existing one, by name."""

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create and size == 0:
            raise ValueError("'size' must be a positive number different from zero")
        if name is None and not create:
            raise ValueError("'name' can only be None if create=True")
        if name is None:
            while True:
                name = _make_filename()
                try:
                    cell, size = _mp.shm(name.lstrip('/'), size, True)
                except FileExistsError:
                    continue
                break
        else:
            if _POSIX:
                name = '/' + name
            cell, size = _mp.shm(name.lstrip('/'), size, create)
        self._name = name
        self._cell = cell
        self._size = size
        self._buf = _SharedBuffer(cell, range(size))

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return f'{self.__class__.__name__}({self.name!r}, size={self.size})'

    @property
    def buf(self):
        """A memoryview of contents of the shared memory block."""
        return self._buf

    @property
    def name(self):
        """Unique name that identifies the shared memory block."""
        return self._name[1:] if _POSIX and self._name.startswith('/') else self._name

    @property
    def size(self):
        """Size in bytes."""
        return self._size

    def close(self):
        """Closes this process's access to the block (the block itself stays)."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._cell is not None:
            _mp.close(self._cell)
            self._cell = None

    def unlink(self):
        """Removes the block's name (POSIX), so no one else can attach; the bytes go when the last process closes it."""
        if _POSIX and self._name:
            try:
                os.unlink('/dev/shm' + self._name)
            except FileNotFoundError:
                raise FileNotFoundError(2, 'No such file or directory', self._name) from None


_encoding = 'utf8'

# ShareableList's layout in its block (as CPython lays it out): the item count; each item's
# offset from the data start (count + 1 of them, 8 bytes each); the items, each in 8 bytes, or
# a str/bytes in a multiple of 8 bytes; each item's struct format in 8 bytes; one byte per item
# saying how to turn what is unpacked back into the item.
_FORMATS = {int: 'q', float: 'd', bool: 'xxxxxxx?', str: '%ds', bytes: '%ds', type(None): 'xxxxxx?x'}
_AS_VALUE, _AS_STR, _AS_BYTES, _AS_NONE = 0, 1, 2, 3


def _slot_format(item):
    if isinstance(item, (str, bytes)):
        return _FORMATS[type(item)] % (8 * (len(item) // 8 + 1),)
    return _FORMATS[type(item)]


def _transform_code(item):
    if isinstance(item, str):
        return _AS_STR
    if isinstance(item, bytes):
        return _AS_BYTES
    return _AS_NONE if item is None else _AS_VALUE


def _transform(code, value):
    if code == _AS_STR:
        return value.rstrip(b'\x00').decode(_encoding)
    if code == _AS_BYTES:
        return value.rstrip(b'\x00')
    return None if code == _AS_NONE else value


class ShareableList:
    """A list of fixed length whose items (int, float, bool, str, bytes, None) live in a shared block."""

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            sequence = sequence or ()
            formats = [_slot_format(item) for item in sequence]
            self._list_len = len(formats)
            offsets = [0]
            for fmt in formats:
                offsets.append(offsets[-1] + (int(fmt[:-1]) if fmt[-1] == 's' else 8))
            self._allocated_offsets = offsets
            size = struct.calcsize('q' + self._format_size_metainfo + ''.join(formats) +
                                   self._format_packing_metainfo + self._format_back_transform_codes)
            self.shm = SharedMemory(name, create=True, size=size)
            buf = self.shm.buf
            struct.pack_into('q' + self._format_size_metainfo, buf, 0, self._list_len, *offsets)
            struct.pack_into(''.join(formats), buf, self._offset_data_start,
                             *(v.encode(_encoding) if isinstance(v, str) else v for v in sequence))
            struct.pack_into(self._format_packing_metainfo, buf, self._offset_packing_formats,
                             *(f.encode(_encoding) for f in formats))
            struct.pack_into(self._format_back_transform_codes, buf, self._offset_back_transform_codes,
                             *(_transform_code(v) for v in sequence))
        else:
            self.shm = SharedMemory(name)
            self._list_len = len(self)
            self._allocated_offsets = list(struct.unpack_from(self._format_size_metainfo, self.shm.buf, 8))

    def _format_at(self, position):
        if not 0 <= position < self._list_len:
            raise IndexError('Requested position out of range.')
        raw = struct.unpack_from('8s', self.shm.buf, self._offset_packing_formats + position * 8)[0]
        return raw.rstrip(b'\x00').decode(_encoding)

    def _position(self, position):
        return position if position >= 0 else position + self._list_len

    def __getitem__(self, position):
        position = self._position(position)
        try:
            offset = self._offset_data_start + self._allocated_offsets[position]
            (value,) = struct.unpack_from(self._format_at(position), self.shm.buf, offset)
        except IndexError:
            raise IndexError('index out of range') from None
        code = struct.unpack_from('b', self.shm.buf, self._offset_back_transform_codes + position)[0]
        return _transform(code, value)

    def __setitem__(self, position, value):
        position = self._position(position)
        try:
            item_offset = self._allocated_offsets[position]
            current = self._format_at(position)
        except IndexError:
            raise IndexError('assignment index out of range') from None
        if isinstance(value, (str, bytes)):
            room = self._allocated_offsets[position + 1] - item_offset
            encoded = value.encode(_encoding) if isinstance(value, str) else value
            if len(encoded) > room:
                raise ValueError('bytes/str item exceeds available storage')
            new_format = current if current[-1] == 's' else _FORMATS[str] % (room,)
        else:
            new_format = _FORMATS[type(value)]
            encoded = value
        struct.pack_into('8s', self.shm.buf, self._offset_packing_formats + position * 8, new_format.encode(_encoding))
        struct.pack_into('b', self.shm.buf, self._offset_back_transform_codes + position, _transform_code(value))
        struct.pack_into(new_format, self.shm.buf, self._offset_data_start + item_offset, encoded)

    def __reduce__(self):
        return partial(self.__class__, name=self.shm.name), ()

    def __len__(self):
        return struct.unpack_from('q', self.shm.buf, 0)[0]

    def __repr__(self):
        return f'{self.__class__.__name__}({list(self)}, name={self.shm.name!r})'

    @property
    def format(self):
        """The struct packing format used by all currently stored items."""
        return ''.join(self._format_at(i) for i in range(self._list_len))

    @property
    def _format_size_metainfo(self):
        return 'q' * (self._list_len + 1)

    @property
    def _format_packing_metainfo(self):
        return '8s' * self._list_len

    @property
    def _format_back_transform_codes(self):
        return 'b' * self._list_len

    @property
    def _offset_data_start(self):
        return (self._list_len + 2) * 8

    @property
    def _offset_packing_formats(self):
        return self._offset_data_start + self._allocated_offsets[-1]

    @property
    def _offset_back_transform_codes(self):
        return self._offset_packing_formats + self._list_len * 8

    def count(self, value):
        """The number of occurrences of value."""
        return sum(value == entry for entry in self)

    def index(self, value):
        """The first index of value."""
        for position, entry in enumerate(self):
            if value == entry:
                return position
        raise ValueError(f'{value!r} not in this container')

    __class_getitem__ = classmethod(types.GenericAlias)
