"""datetime: dates, times, durations and fixed-offset time zones, with the
reprs, str forms and messages of CPython 3.11's C implementation.

now() and today() read the virtual clock (time.time(): the epoch is
2024-01-01 00:00:00 UTC plus the run's virtual time); local time is UTC.
"""

import time as _time
import math as _math
import _dtutil as _u
from _dtdate import timedelta, date, IsoCalendarDate, _tpname
import _dttime
from _dttime import tzinfo, timezone, time, UTC, _check_tzinfo_arg, _check_offset, _check_tzname, _utcoffset, _time_class

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = _u.MINYEAR
MAXYEAR = _u.MAXYEAR


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __module__ = 'datetime'

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        for pos, name, v in ((1, 'year', year), (2, 'month', month), (3, 'day', day)):
            if v is None:
                raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))
        year, month, day = _u.check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _u.check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        y, m, d, hh, mm, ss = _time.gmtime(t)[:6]
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            sep = _u.isoformat_separator(date_string)
            dcomps = _u.parse_isoformat_date(date_string[0:sep])
            tstr = date_string[sep + 1:]
            tcomps = _u.parse_isoformat_time(tstr, timedelta, timezone) if tstr else [0, 0, 0, 0, None]
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*(dcomps + tcomps))

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        dst = -1 if dst is None else 1 if dst else 0
        return _u.build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, dst)

    def timestamp(self):
        if self._tzinfo is None:
            # Local time is UTC.
            return (self - _EPOCH_NAIVE).total_seconds()
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _u.build_struct_time(self._year, self._month, self._day, self._hour, self._minute, self._second, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(0), 'UTC')
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        mytz = self._tzinfo
        myoffset = self.utcoffset() if mytz is not None else None
        if myoffset is None:
            # A naive datetime (or one whose tzinfo gives no offset) is local time: UTC.
            myoffset = timedelta(0)
        elif tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_u.DAYNAMES[weekday], _u.MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
                _u.format_time(self._hour, self._minute, self._second, self._microsecond, timespec) +
                _u.format_offset(self.utcoffset()))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s.%s(%s)" % (self.__class__.__module__, self.__class__.__qualname__, ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def utcoffset(self):
        return _utcoffset(self._tzinfo, self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_offset("dst", offset)
        return offset

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, mixed_ok):
        if self._tzinfo is other._tzinfo:
            return _u.cmp(self._fields(), other._fields())
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return _u.cmp(self._fields(), other._fields())
        if myoff is None or otoff is None:
            if mixed_ok:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _other(self, other, op):
        """True if other is a datetime; False to decline; raises for a plain date."""
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        return self._cmp(other, False) < 0 if self._other(other, '<') else NotImplemented

    def __le__(self, other):
        return self._cmp(other, False) <= 0 if self._other(other, '<=') else NotImplemented

    def __gt__(self, other):
        return self._cmp(other, False) > 0 if self._other(other, '>') else NotImplemented

    def __ge__(self, other):
        return self._cmp(other, False) >= 0 if self._other(other, '>=') else NotImplemented

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute, seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _u.MAXORDINAL:
            y, m, d = _u.ord2ymd(delta.days)
            return type(self)(y, m, d, hour, minute, second, delta.microseconds, self._tzinfo)
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        off = self.utcoffset()
        if off is None:
            return hash(self._fields())
        days = _u.ymd2ord(self._year, self._month, self._day)
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return hash(timedelta(days, seconds, self._microsecond) - off)

    def __reduce__(self):
        return (self.__class__, self._fields() + ((self._tzinfo,) if self._tzinfo is not None else ()))


_date_class = date
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)
_dttime._register_datetime(datetime)
