"""traceback: exceptions formatted as CPython 3.11 prints them (the text comes from the VM, _traceback).

The lists returned by the format_* functions hold one line each (CPython's hold one
entry per frame); joined, they are the same text.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exc', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack', 'format_tb', 'print_exc',
           'print_exception', 'print_stack', 'print_tb', 'FrameSummary', 'StackSummary']

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


class FrameSummary:
    """One frame of a traceback or stack: where it was (file, line, function) and its source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno) or ''
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary, outermost first."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        out = []
        for f in self:
            row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                row += '    {}\n'.format(f.line)
            out.append(row)
        return out


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    if limit is None:
        return entries
    return entries[:limit] if limit >= 0 else entries[limit:]


def extract_tb(tb, limit=None):
    """The frames of traceback `tb`, outermost first, as a StackSummary."""
    if tb is None:
        return StackSummary()
    return StackSummary(FrameSummary(f, n, name) for f, n, name in _limited(_traceback.entries(tb), limit))


def extract_stack(f=None, limit=None):
    """The caller's stack, outermost first. Frame objects are not modelled: `f` must be None."""
    if f is not None:
        raise TypeError("forkscope's traceback.extract_stack() takes no frame (sys._getframe() frames are not modelled)")
    frames = [FrameSummary(fn, n, name) for fn, n, name, _ in _traceback.stack()[1:]]
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """One string per frame of `tb`, outermost first, with the source line and 3.11's carets."""
    if tb is None:
        return []
    return _limited(_traceback.format_entries(tb), limit)


def format_stack(f=None, limit=None):
    # extract_stack's last frame is this one: the caller's stack ends one frame out
    return StackSummary(extract_stack(f, limit)[:-1]).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    file.write(''.join(format_tb(tb, limit)))


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    file.write(''.join(StackSummary(extract_stack(f, limit)[:-1]).format()))
