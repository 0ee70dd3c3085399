"""binascii: conversions between binary data and ASCII — hex, base64 (with CPython's lenient
and strict decoding rules and messages) and crc32."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64', 'a2b_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _ascii_bytes(data):
    """A decoder's input: bytes-like, or a str of ASCII characters."""
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(data).__name__)


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (bytes)."""
    return _bytes_like(data).hex(*(() if sep is None else (sep, bytes_per_sep))).encode('ascii')


b2a_hex = hexlify


_HEX_DIGITS = b'0123456789abcdefABCDEF'


def unhexlify(hexstr):
    """Binary data of hexadecimal representation."""
    s = _ascii_bytes(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    for c in s:
        if c not in _HEX_DIGITS:
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _bytes_like(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data: characters outside the alphabet are skipped (strict_mode:
    refused), and decoding stops at the padding that completes a group."""
    data = _ascii_bytes(data)
    out = bytearray()
    quad = left = pads = count = 0
    padding = False
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding = True
            if strict_mode and i == 0:
                raise Error('Leading padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if quad == 0:
            quad, left = 1, v
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            quad, left = 2, v & 15
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            quad, left = 3, v & 3
        else:
            out.append(((left << 6) | v) & 255)
            quad, left = 0, 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a '
                    'multiple of 4' % count)
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _ in range(8):
        _c = (_c >> 1) ^ 0xEDB88320 if _c & 1 else _c >> 1
    _CRC_TABLE.append(_c)


def crc32(data, crc=0, /):
    """The CRC-32 of data, continuing from crc."""
    crc = ~crc & 0xFFFFFFFF
    for b in _bytes_like(data):
        crc = _CRC_TABLE[(crc ^ b) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
