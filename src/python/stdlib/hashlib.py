"""hashlib: md5, sha1, the sha2 and sha3 families, blake2b and blake2s (default sizes), by
name through new(), plus pbkdf2_hmac and file_digest. The digests are Node's OpenSSL ones,
so they equal CPython's. A hash object keeps the bytes fed to it and digests them when asked
(digest() on a large feed costs its length each time). Not provided: shake_128/shake_256,
blake2 keys, salts and custom digest sizes.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest')

# name: (digest_size, block_size)
_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64), 'sha384': (48, 128),
          'sha512': (64, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136), 'sha3_384': (48, 104),
          'sha3_512': (64, 72), 'blake2b': (64, 128), 'blake2s': (32, 64)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


class HASH:
    """A hash object: update() feeds it, digest()/hexdigest() read it, copy() forks it."""

    def __init__(self, name, data=b''):
        self.name = name
        self.digest_size, self.block_size = _SIZES[name]
        self._fed = bytearray()
        if data:
            self.update(data)

    def update(self, data, /):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        self._fed += data

    def digest(self):
        return _hashlib.digest(self.name, self._fed)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = HASH(self.name)
        other._fed = bytearray(self._fed)
        return other

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


HASH.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    """A hash object of the algorithm `name` (ValueError for one hashlib does not provide)."""
    _hashlib.check(name)
    return HASH(name.lower().replace('-', '_'), data)


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return HASH(name, string)
    make.__name__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
blake2b = _constructor('blake2b')
blake2s = _constructor('blake2s')


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."""
    _hashlib.check(hash_name)
    if dklen is None:
        dklen = _SIZES[hash_name.lower().replace('-', '_')][0]
    return _hashlib.pbkdf2(hash_name, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash object of a file opened for reading in binary mode."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return h
        h.update(chunk)
