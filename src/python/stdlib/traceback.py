"""traceback: exceptions formatted as CPython 3.11 prints them (the text comes from the VM, _traceback).

The lists returned by the format_* functions hold one line each (CPython's hold one
entry per frame); joined, they are the same text.
"""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception']

_sentinel = object()


def _value(exc, value):
    return exc if value is _sentinel else value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of the traceback of `exc` (or of `value` in the 3-argument form)."""
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _traceback.format_exception(value).splitlines(True)


def format_exception_only(exc, /, value=_sentinel):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return [_traceback.format_exception_only(value)]


def format_exc(limit=None, chain=True):
    """The traceback of the exception being handled, as one string."""
    return ''.join(format_exception(_traceback.exception()))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write(''.join(format_exception(exc, value, tb, limit, chain)))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_traceback.exception(), limit=limit, file=file, chain=chain)
