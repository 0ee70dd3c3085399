"""secrets: tokens and choices from the entropy source (os.urandom), as CPython's module.

The simulated machine's entropy is seeded from the run's seed and the process: a run gives the
same tokens each time it is replayed, and different processes (fork children too) different ones.
"""

import base64 as _base64
import binascii as _binascii
import os as _os
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (32 by default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as 2 * nbytes hex digits."""
    return _binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe base64, without padding."""
    return _base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
