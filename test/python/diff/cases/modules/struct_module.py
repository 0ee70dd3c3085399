# struct: pack/unpack with native and standard layouts, alignment, every code, Struct, errors; a pipe carrying packed ints
import os
import struct

for fmt in ['i', '<i', '>h', '@bi', '=bi', 'ci', 'iic', 'lq', '<lq', '3s2x?', '10p', 'e', 'f', 'd', 'hhl', '0s', 'x', '4xi', '2i3h', '<qQ', 'nNP']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('i', 1), struct.pack('>i', 1), struct.pack('<h', -2), struct.pack('!H', 65535), struct.pack('@bi', 1, 2))
print(struct.pack('<q', -1), struct.pack('>Q', 2 ** 64 - 1), struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('?', []), struct.pack('?', [0]), struct.pack('c', b'z'))
print(struct.pack('5p', b'hello world'), struct.unpack('5p', struct.pack('5p', b'hello world')), struct.pack('p', b'x'))
print(struct.pack('<d', 1.5), struct.pack('>f', -0.1), struct.unpack('<f', struct.pack('<f', 0.1)), struct.pack('<e', 1.0), struct.pack('<e', 65504.0))
for x in [0.1, -2.5, 1e-5, 6e-8, 1e-8, 0.0, -0.0, float('inf'), 65519.0, 3.14159]:
    print(repr(x), struct.unpack('<e', struct.pack('<e', x)))
print(struct.unpack('<iH?', b'\x01\x00\x00\x00\x02\x00\x01'), struct.unpack('3s', b'xyz'), struct.unpack('<2h', b'\x01\x00\xff\xff'))
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=2), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
buf = bytearray(8)
struct.pack_into('<ii', buf, 0, 7, 8)
struct.pack_into('>h', buf, 6, 258)
print(buf)
s = struct.Struct('<Ih')
print(s.size, s.format, s.pack(3, -4), s.unpack(s.pack(3, -4)), repr(s).startswith('<_struct.Struct object at '), struct.Struct(b'>i').unpack(b'\x00\x00\x01\x00'))
for bad in [lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('h', 40000), lambda: struct.pack('H', -1),
            lambda: struct.pack('i', 2 ** 31), lambda: struct.pack('<i', 2 ** 31), lambda: struct.pack('I', -1), lambda: struct.pack('<q', 2 ** 63),
            lambda: struct.pack('l', 2 ** 63), lambda: struct.pack('i', 1.5), lambda: struct.pack('i', 'x'), lambda: struct.pack('f', 'x'),
            lambda: struct.pack('ii', 1), lambda: struct.pack('c', b'ab'), lambda: struct.pack('3s', 'abc'), lambda: struct.unpack('i', b'ab'),
            lambda: struct.pack('y', 1), lambda: struct.pack('<n', 1), lambda: struct.unpack_from('<i', b'abcdef', 4),
            lambda: list(struct.iter_unpack('<i', b'abcdef')), lambda: struct.pack('f', 1e300), lambda: struct.pack('<e', 1e6),
            lambda: struct.pack_into('<i', bytearray(2), 0, 1), lambda: struct.calcsize('3')]:
    try:
        print(bad())
    except (struct.error, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__, struct.error.__name__)

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    for n in [1, 256, -3, 2 ** 31 - 1]:
        os.write(w, struct.pack('!i', n))
    os._exit(0)
os.close(w)
data = b''
while chunk := os.read(r, 64):
    data += chunk
os.waitpid(pid, 0)
print([v for (v,) in struct.iter_unpack('!i', data)])
