"""base64: Base16, Base32 and Base64 encodings (RFC 4648), and the MIME line form of Base64
(encodebytes, decodebytes), with CPython's decoding rules and errors (binascii.Error)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

_bytes_from_decode_data = binascii._ascii_bytes
_input_type_check = binascii._bytes_like


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 (altchars: two bytes to use instead of + and /)."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 s; with validate, anything outside the alphabet is an error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with - and _ instead of + and /."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _input_type_check(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        out += bytes(alphabet[(n >> (35 - 5 * j)) & 31] for j in range(8))
        if len(chunk) < 5:
            keep = (len(chunk) * 8 + 4) // 5
            out[len(out) - 8 + keep:] = b'=' * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    padchars = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        quanta = body[i:i + 8]
        n = 0
        for c in quanta:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found') from None
            n = (n << 5) | v
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, 'big')
    if padchars and s:
        if padchars not in (1, 3, 4, 6):
            raise binascii.Error('Incorrect padding')
        out = out[:len(out) - {1: 1, 3: 2, 4: 3, 6: 4}[padchars]]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 s (casefold: lowercase accepted; map01: what 1 stands for, 0 being O)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 s (casefold: lowercase accepted)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """Base64 in lines of at most 76 characters, each ending in a newline."""
    s = _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode bytes of Base64 lines."""
    return binascii.a2b_base64(_input_type_check(s))


def encode(input, output):
    """Encode a binary file's contents into Base64 lines written to another binary file."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a binary file of Base64 lines into another binary file."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
