"""csv: reading and writing comma-separated values with CPython 3.11's rules and messages.

A reader takes lines from any iterable of strings (a file opened with newline='', a list)
and reads each record with the states of CPython's parser: a quoted field may span lines, a
doubled quote inside one is a quote, text after a closing quote is kept (or is an error under
strict=True), QUOTE_NONNUMERIC turns unquoted fields into floats. A writer quotes a field
when it holds the delimiter, the quote character or a character of the line terminator
(QUOTE_MINIMAL), doubles quotes or escapes them, writes None as an empty field, floats by
repr, and a record of one empty field as "". Dialects: excel, excel-tab, unix, registered
ones, and any object with the attributes. Not provided: Sniffer.
"""

import re as _re

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'unix_dialect', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', 'DictReader', 'DictWriter', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_limit = [128 * 1024]


def field_size_limit(*args):
    """The largest field a reader accepts; with an argument, sets it and returns the old one."""
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _limit[0] = args[0]
    return old


class Dialect:
    """A set of formatting parameters; subclass it (as excel does) or pass parameters by name."""
    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Format(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Excel's CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Files written on UNIX: '\\n' ends a line and every field is quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def _char(name, value, may_be_none):
    if value is None and may_be_none:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, ' or None' if may_be_none else '',
                                                          type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Format:
    """A dialect's parameters, checked as CPython's _csv.Dialect checks them."""

    def __init__(self, dialect=None, **params):
        def get(name, default):
            if name in params:
                return params[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default
        self.delimiter = _char('delimiter', get('delimiter', ','), False)
        self.quotechar = _char('quotechar', get('quotechar', '"'), True)
        # quotechar=None alone means no quoting; with quoting given, it must be QUOTE_NONE.
        self.quoting = get('quoting', QUOTE_MINIMAL if self.quotechar is not None else None)
        if self.quoting is None:
            self.quoting = QUOTE_NONE
        if not isinstance(self.quoting, int) or self.quoting not in range(4):
            raise TypeError('bad "quoting" value')
        self.escapechar = _char('escapechar', get('escapechar', None), True)
        self.doublequote = bool(get('doublequote', True))
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.strict = bool(get('strict', False))
        self.lineterminator = get('lineterminator', '\r\n')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string, not %s' % type(self.lineterminator).__name__)
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


def _format(dialect, params):
    """The format for a dialect (a name, a class, an object with the attributes, or None: excel's defaults)
    with params over it."""
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return _Format(dialect, **params)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _format(dialect, fmtparams) if dialect is not None or fmtparams else _Format()


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect')


def list_dialects():
    return list(_dialects)


# ----------------------------------------------------------------- reading

# Where the reader is within a record.
(_RECORD_START, _FIELD_START, _ESCAPED, _IN_FIELD, _IN_QUOTES, _ESCAPED_IN_QUOTES, _QUOTE_IN_QUOTES,
 _EAT_NEWLINE, _AFTER_ESCAPED_NEWLINE) = range(9)
_END = None  # the end of a line, after its last character


class _Reader:
    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _RECORD_START
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTES:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._step(c)
            self._step(_END)
            if self._state == _RECORD_START:
                break
        return self._fields

    def _add(self, c):
        if len(self._field) >= _limit[0]:
            raise Error('field larger than field limit (%d)' % _limit[0])
        self._field.append(c)

    def _save(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _end_record(self, c):
        self._save()
        self._state = _RECORD_START if c is _END else _EAT_NEWLINE

    def _step(self, c):
        d = self.dialect
        state = self._state
        if state == _RECORD_START:
            if c is _END:
                return
            if c in '\n\r':
                self._state = _EAT_NEWLINE
                return
            state = self._state = _FIELD_START
        if state == _FIELD_START:
            if c is _END or c in '\n\r':
                self._end_record(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTES
            elif c == d.escapechar:
                self._state = _ESCAPED
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED:
            if c is not _END and c in '\n\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_NEWLINE
                return
            self._add('\n' if c is _END else c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_NEWLINE:
            if c is _END:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _END or c in '\n\r':
                self._end_record(c)
            elif c == d.escapechar:
                self._state = _ESCAPED
            elif c == d.delimiter:
                self._save()
                self._state = _FIELD_START
            else:
                self._add(c)
        elif state == _IN_QUOTES:
            if c is _END:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPED_IN_QUOTES
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTES if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPED_IN_QUOTES:
            self._add('\n' if c is _END else c)
            self._state = _IN_QUOTES
        elif state == _QUOTE_IN_QUOTES:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTES
            elif c == d.delimiter:
                self._save()
                self._state = _FIELD_START
            elif c is _END or c in '\n\r':
                self._end_record(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_NEWLINE:
            if c is _END:
                self._state = _RECORD_START
            elif c not in '\n\r':
                raise Error('new-line character seen in unquoted field - do you need to open the file in '
                            'universal-newline mode?')


def reader(csvfile, dialect=None, **fmtparams):
    """The records of csvfile (any iterable of lines), each a list of fields."""
    return _Reader(csvfile, _format(dialect, fmtparams))


# ----------------------------------------------------------------- writing

def _is_number(value):
    return isinstance(value, (int, float, complex)) or hasattr(value, '__index__') or hasattr(value, '__float__')


class _Writer:
    def __init__(self, file, dialect):
        self._write = file.write
        self.dialect = dialect

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_ALL:
            quoted = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quoted = value is None or not _is_number(value)
        else:
            quoted = False
        if only and text == '':
            # A record of one empty field is written "" (an empty line would read back as no fields).
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quoted = True
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                escape = d.quoting == QUOTE_NONE
                if not escape:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        text = ''.join(out)
        return d.quotechar + text + d.quotechar if quoted else text

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        only = len(fields) == 1
        line = self.dialect.delimiter.join(self._field(v, only) for v in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect=None, **fmtparams):
    """A writer of records to csvfile (anything with write())."""
    return _Writer(csvfile, _format(dialect, fmtparams))


# ----------------------------------------------------------------- records as dicts

class DictReader:
    """Records as dicts keyed by the first row (or fieldnames); extra fields go under restkey, missing ones
    get restval; blank lines are skipped."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as records in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _row(self, rowdict):
        if self.extrasaction == 'raise':
            extra = [k for k in rowdict if k not in self.fieldnames]
            if extra:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join(repr(k) for k in extra))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._row, rowdicts))
