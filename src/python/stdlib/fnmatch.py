"""Shell-style wildcards: `*` (anything), `?` (one character), `[seq]` and `[!seq]` (one character in, or not in, seq).

The file system is POSIX-like on every platform here, so matching is case-sensitive
(fnmatch and fnmatchcase agree), as on Linux.
"""

import functools
import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Whether name matches the pattern pat (after os.path.normcase of both)."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768)
def _compiled(pat):
    if isinstance(pat, bytes):
        return re.compile(translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')).match
    return re.compile(translate(pat)).match


def fnmatchcase(name, pat):
    """Whether name matches the pattern pat, case-sensitively."""
    return _compiled(pat)(name) is not None


def filter(names, pat):
    """The names that match pat, in their order."""
    match = _compiled(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]


def translate(pat):
    """A regular expression (for re.match) that matches what the pattern matches, whole."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] != '.*':
                parts.append('.*')
        elif c == '?':
            parts.append('.')
        elif c == '[':
            end = _class_end(pat, i)
            if end < 0:
                parts.append('\\[')
            else:
                parts.append(_char_class(pat[i:end]))
                i = end + 1
        else:
            parts.append(re.escape(c))
    return '(?s:' + ''.join(parts) + ')\\Z'


def _class_end(pat, i):
    """Where the `]` closing a class that starts at i is, or -1 when the `[` is a plain character."""
    if i < len(pat) and pat[i] == '!':
        i += 1
    if i < len(pat) and pat[i] == ']':
        i += 1
    while i < len(pat) and pat[i] != ']':
        i += 1
    return i if i < len(pat) else -1


def _char_class(body):
    """The regex class for the text between `[` and `]`; a range that runs backwards matches nothing."""
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    items = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == '-':
            low, high = body[i], body[i + 2]
            if low <= high:
                items.append(_class_char(low) + '-' + _class_char(high))
            i += 3
        else:
            items.append(_class_char(body[i]))
            i += 1
    if not items:
        return '.' if negate else '(?!)'
    return '[' + ('^' if negate else '') + ''.join(items) + ']'


def _class_char(c):
    return '\\' + c if c in '\\]^-[&~|' else c
