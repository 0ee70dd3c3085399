"""importlib: importing a module by name at run time (import_module), as CPython's.

Provided: import_module (absolute and relative names), invalidate_caches. Not provided: reload,
the importlib.util, importlib.machinery and importlib.resources submodules.
"""

import sys as _sys

__all__ = ['import_module', 'invalidate_caches']


def _resolve(name, package):
    """The absolute name of a relative one ('..mod' inside package 'a.b.c' is 'a.b.mod')."""
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return '{}.{}'.format(base, rest) if rest else base


def import_module(name, package=None):
    """The module `name` (importing it and its parents first); '.name' is relative to package."""
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for {!r}".format(name))
        name = _resolve(name, package)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return _sys.modules[name]


def invalidate_caches():
    """Nothing to invalidate: the importer reads the program's files as they are."""
