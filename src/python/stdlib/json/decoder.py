"""json.decoder: JSON text to Python values, with the error messages and
positions of CPython's C scanner (_json), which CPython uses by default."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class JSONDecodeError(ValueError):
    """ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class _Expecting(Exception):
    """A value was expected at `pos` (CPython's scanner raises StopIteration(pos))."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def scanstring(s, end, strict=True):
    """The str starting after the quote at end - 1, and the index after its closing quote."""
    n = len(s)
    begin = end - 1
    chunks = []
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, n if q < 0 else q)
        stop = b if b >= 0 else q
        chunk = s[end:] if stop < 0 else s[end:stop]
        if strict and not chunk.isprintable():
            for k in range(len(chunk)):
                if ord(chunk[k]) <= 0x1f:
                    raise JSONDecodeError("Invalid control character at", s, end + k)
        if stop < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(chunk)
        nxt = stop + 1
        if s[stop] == '"':
            return ''.join(chunks), nxt
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            ch = _BACKSLASH.get(c)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 2)
            chunks.append(ch)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt - 1)
        code = _hex4(s, nxt, end)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2, end + 6)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


def _hex4(s, start, end):
    for k in range(start, end):
        if s[k] not in _HEX:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end - 5)
    return int(s[start:end], 16)


class _Scanner:
    """One document's scan: the decoder's hooks and the text."""

    def __init__(self, decoder, s):
        self.s = s
        self.n = len(s)
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise _Expecting(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, start):
        s = self.s
        n = self.n
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                raise _Expecting(start)
        c = s[i]
        if '1' <= c <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif c == '0':
            i += 1
        else:
            raise _Expecting(start)
        is_float = False
        if i < n - 1 and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n - 1 and s[i] in 'eE':
            e = i
            i += 1
            if i < n - 1 and s[i] in '-+':
                i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
            if s[i - 1] in _DIGITS:
                is_float = True
            else:
                i = e
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def object(self, i):
        s = self.s
        n = self.n
        pairs = []
        i = _skip(s, i, n)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
                key, i = scanstring(s, i + 1, self.strict)
                key = self.memo.setdefault(key, key)
                i = _skip(s, i, n)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip(s, i + 1, n)
                value, i = self.value(i)
                pairs.append((key, value))
                i = _skip(s, i, n)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip(s, i + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, i + 1

    def array(self, i):
        s = self.s
        n = self.n
        values = []
        i = _skip(s, i, n)
        if i >= n or s[i] != ']':
            while True:
                value, i = self.value(i)
                values.append(value)
                i = _skip(s, i, n)
                if i < n and s[i] == ']':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip(s, i + 1, n)
        return values, i + 1


class JSONDecoder(object):
    """Decodes JSON text: objects to dicts (or the hooks' results), arrays to
    lists, and NaN/Infinity/-Infinity to floats."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_skip(s, 0, len(s)))
        end = _skip(s, end, len(s))
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end index) of the JSON document at the start of s[idx:]."""
        try:
            return _Scanner(self, s).value(idx)
        except _Expecting as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None
