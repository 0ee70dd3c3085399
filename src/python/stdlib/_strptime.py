"""strptime for the C locale and UTC: the format becomes a regular expression
(one named group per directive, as CPython's _strptime builds it), and the
groups become datetime fields, with CPython's errors."""

import re as _re
import _dtutil as _u

_A_WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_F_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_A_MONTH = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_F_MONTH = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
            'september', 'october', 'november', 'december']
_AM_PM = ['am', 'pm']
_ZONES = (frozenset({'utc', 'gmt'}), frozenset())


def _seq_to_re(seq, name):
    seq = sorted(seq, key=len, reverse=True)
    for value in seq:
        if value != '':
            break
    else:
        return ''
    return '(?P<%s>%s)' % (name, '|'.join(_re.escape(stuff) for stuff in seq))


_DIRECTIVES = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'A': _seq_to_re(_F_WEEKDAY, 'A'),
    'a': _seq_to_re(_A_WEEKDAY, 'a'),
    'B': _seq_to_re(_F_MONTH[1:], 'B'),
    'b': _seq_to_re(_A_MONTH[1:], 'b'),
    'p': _seq_to_re(_AM_PM, 'p'),
    'Z': _seq_to_re(['utc', 'gmt'], 'Z'),
    '%': '%',
}

_REGEX_CHARS = _re.compile(r"([\\.^$*+?\(\){}\[\]|])")
_WHITESPACE = _re.compile(r'\s+')


def _pattern(fmt):
    """The regular expression for a format (KeyError for an unknown directive)."""
    processed = ''
    fmt = _REGEX_CHARS.sub(r"\\\1", fmt)
    fmt = _WHITESPACE.sub(r'\\s+', fmt)
    while '%' in fmt:
        i = fmt.index('%') + 1
        d = fmt[i]
        if d == 'c':
            sub = _pattern('%a %b %d %H:%M:%S %Y')
        elif d == 'x':
            sub = _pattern('%m/%d/%y')
        elif d == 'X':
            sub = _pattern('%H:%M:%S')
        else:
            sub = _DIRECTIVES[d]
        processed = processed + fmt[:i - 1] + sub
        fmt = fmt[i + 1:]
    return processed + fmt


_cache = {}


def _compile(fmt):
    regex = _cache.get(fmt)
    if regex is None:
        try:
            regex = _re.compile(_pattern(fmt), _re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == "\\":
                bad = "%"
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = regex
    return regex


def _julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = (_u.ymd2ord(year, 1, 1) + 6) % 7
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _julian_from_V(iso_year, iso_week, iso_weekday):
    correction = ((_u.ymd2ord(iso_year, 1, 4) + 6) % 7) + 4
    ordinal = (iso_week * 7) + iso_weekday - correction
    if ordinal < 1:
        ordinal += _u.ymd2ord(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _u.ymd2ord(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(fields tuple, microseconds, offset microseconds) for data_string read with format."""
    for i, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(i, type(arg)))
    found = _compile(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for key in found_dict.keys():
        value = found_dict[key]
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _F_MONTH.index(value.lower())
        elif key == 'b':
            month = _A_MONTH.index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = (found_dict.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + "0" * (6 - len(value)))
        elif key == 'A':
            weekday = _F_WEEKDAY.index(value.lower())
        elif key == 'a':
            weekday = _A_WEEKDAY.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            if value.lower() in _ZONES[0]:
                tz = 0
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_U_or_W(year, week_of_year, weekday, week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _u.is_leap(year) else 365
    from datetime import date
    if julian is None:
        julian = date(year, month, day).toordinal() - date(year, 1, 1).toordinal() + 1
    else:
        result = date.fromordinal((julian - 1) + date(year, 1, 1).toordinal())
        year, month, day = result.year, result.month, result.day
    if weekday is None:
        weekday = date(year, month, day).weekday()
    tzname = found_dict.get("Z")
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """A cls (datetime) from data_string read with format."""
    from datetime import timedelta, timezone
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (timezone(tzdelta, tzname) if tzname else timezone(tzdelta),)
    return cls(*args)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """A time.struct_time from data_string read with format."""
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9])
