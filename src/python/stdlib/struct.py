"""Values packed into bytes as C lays them out, and unpacked back (the work is done by _struct)."""

from _struct import calcsize, error, pack, unpack
from _struct import iter_unpack as _iter_unpack
from _struct import pack_into as _pack_into
from _struct import unpack_from as _unpack_from

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


def pack_into(format, buffer, offset, *v):
    """Packs v into buffer (writable: a bytearray, a memoryview, a shared memory block's buf) at offset."""
    if getattr(type(buffer), '_shared_bytes', False):
        buffer._write_at('pack_into', offset, pack(format, *v))
        return None
    return _pack_into(format, buffer, offset, *v)


def unpack_from(format, /, buffer, offset=0):
    """The values packed in buffer at offset."""
    if getattr(type(buffer), '_shared_bytes', False):
        return unpack(format, buffer._read_at('unpack_from', offset, calcsize(format)))
    return _unpack_from(format, buffer, offset)


def iter_unpack(format, buffer):
    """The values of each consecutive format-sized piece of buffer, one tuple at a time."""
    return iter(_iter_unpack(format, buffer))


class Struct:
    """A format compiled once: its size, and pack/unpack without passing the format again."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)


Struct.__module__ = '_struct'
