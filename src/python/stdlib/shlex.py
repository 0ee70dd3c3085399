"""shlex: split a command line as a POSIX shell does, and quote arguments for one.

split() follows shlex's POSIX mode with whitespace splitting (what shlex.split uses): words
end at blanks; '...' keeps everything literally; "..." keeps everything but lets a backslash
escape " and itself; outside quotes a backslash escapes any character; with comments=True, '#'
starts a comment that runs to the end of the line. The shlex lexer class is not provided.
"""

import re

__all__ = ['split', 'quote', 'join']

_BLANKS = ' \t\r\n'


def split(s, comments=False, posix=True):
    """The words of the command line s."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError('forkscope: shlex.split supports posix=True only')
    words = []
    word = None  # None: between words; a string (maybe empty, after '') inside one
    quote = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        i += 1
        if quote == "'":
            if c == "'":
                quote = None
            else:
                word += c
        elif quote == '"':
            if c == '"':
                quote = None
            elif c == '\\' and i < n and s[i] in '"\\':
                word += s[i]
                i += 1
            elif c == '\\' and i >= n:
                raise ValueError('No closing quotation')
            else:
                word += c
        elif c in _BLANKS:
            if word is not None:
                words.append(word)
                word = None
        elif comments and c == '#':
            nl = s.find('\n', i)
            i = n if nl < 0 else nl + 1
            if word is not None:
                words.append(word)
                word = None
        elif c == '\\':
            if i >= n:
                raise ValueError('No escaped character')
            word = (word or '') + s[i]
            i += 1
        elif c in '\'"':
            quote = c
            word = word or ''
        else:
            word = (word or '') + c
    if quote is not None:
        raise ValueError('No closing quotation')
    if word is not None:
        words.append(word)
    return words


_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """A shell-escaped version of the string s."""
    if not s:
        return "''"
    if _unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """The shell-escaped string of the words of split_command."""
    return ' '.join(quote(arg) for arg in split_command)
