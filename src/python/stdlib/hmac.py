"""hmac: keyed hashing (RFC 2104) over hashlib's algorithms; the object keeps the message fed
to it and computes the MAC when asked, as hashlib's objects do."""

import _hashlib
import hashlib as _hashlib_mod

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

digest_size = None


def _name_of(digestmod):
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    if isinstance(digestmod, str):
        return digestmod.lower()
    if callable(digestmod):
        return digestmod().name
    return digestmod.__name__.rsplit('.', 1)[-1]


class HMAC:
    """RFC 2104 HMAC class."""

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._hash = _name_of(digestmod)
        _hashlib.check(self._hash)
        self._key = bytes(key)
        self._fed = bytearray()
        self.digest_size, self.block_size = _hashlib_mod._SIZES[self._hash]
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._hash

    def update(self, msg):
        if isinstance(msg, str):
            raise TypeError('Strings must be encoded before hashing')
        self._fed += msg

    def copy(self):
        other = HMAC(self._key, None, self._hash)
        other._fed = bytearray(self._fed)
        return other

    def digest(self):
        return _hashlib.hmac(self._hash, self._key, self._fed)

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    """A new HMAC object."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of msg under key, in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    """a == b, for two strs (ASCII) or two bytes-like objects, taking as long whatever differs."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a, b = a.encode(), b.encode()
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    a, b = bytes(a), bytes(b)
    result = len(a) ^ len(b)
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
