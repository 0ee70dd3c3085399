"""json.encoder: Python values to JSON text, chunk by chunk, as CPython's
encoder writes them (indent, separators, sort_keys, ensure_ascii, default)."""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i
_ESCAPE_TABLE = {ord(k): v for k, v in ESCAPE_DCT.items()}


def encode_basestring(s):
    """s as a JSON string, non-ASCII characters kept."""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def encode_basestring_ascii(s):
    """s as an ASCII-only JSON string (\\uXXXX escapes, surrogate pairs above the BMP)."""
    if s.isascii():
        return '"' + s.translate(_ESCAPE_TABLE).replace('\x7f', '\\u007f') + '"'
    out = []
    for ch in s:
        n = ord(ch)
        if 0x20 <= n < 0x7f:
            out.append(ESCAPE_DCT.get(ch, ch))
        elif n < 0x20:
            out.append(ESCAPE_DCT[ch])
        elif n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


class JSONEncoder(object):
    """Encodes dict, list, tuple, str, int, float, True, False and None;
    override default() to encode other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects JSON cannot encode: return an encodable value or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        # CPython's one-shot encoder (used when indent is None) words the NaN error without the value.
        chunks = self._iterencode(o, self.indent is None)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterator of chunks."""
        return self._iterencode(o, False)

    def _iterencode(self, o, c_style):
        markers = {} if self.check_circular else None
        encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                if c_style:
                    raise ValueError("Out of range float values are not JSON compliant")
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text

        return _Writer(self, markers, encoder, indent, floatstr).encode(o, 0)


class _Writer:
    """One encoding pass (CPython's _make_iterencode, as an object)."""

    def __init__(self, enc, markers, encoder, indent, floatstr):
        self.enc = enc
        self.markers = markers
        self.encoder = encoder
        self.indent = indent
        self.floatstr = floatstr
        self.item_separator = enc.item_separator
        self.key_separator = enc.key_separator
        self.out = []

    def encode(self, o, level):
        self.value(o, level)
        return self.out

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def mark(self, o):
        if self.markers is None:
            return None
        marker = id(o)
        if marker in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[marker] = o
        return marker

    def unmark(self, marker):
        if marker is not None:
            del self.markers[marker]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.out.append(text)
        elif isinstance(o, (list, tuple)):
            self.list(o, level)
        elif isinstance(o, dict):
            self.dict(o, level)
        else:
            marker = self.mark(o)
            self.value(self.enc.default(o), level)
            self.unmark(marker)

    def list(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        marker = self.mark(lst)
        buf = '['
        separator = self.item_separator
        newline_indent = None
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self.value(value, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.unmark(marker)

    def dict(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        marker = self.mark(dct)
        out.append('{')
        item_separator = self.item_separator
        newline_indent = None
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        first = True
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(self.encoder(key))
            out.append(self.key_separator)
            text = self.scalar(value)
            if text is not None:
                out.append(text)
            else:
                self.value(value, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.unmark(marker)
