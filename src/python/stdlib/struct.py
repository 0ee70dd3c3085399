"""Values packed into bytes as C lays them out, and unpacked back (the work is done by _struct)."""

from _struct import calcsize, error, pack, pack_into, unpack, unpack_from
from _struct import iter_unpack as _iter_unpack

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


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
