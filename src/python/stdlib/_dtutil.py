"""Calendar arithmetic and text formats shared by the datetime classes: the
proleptic Gregorian ordinal (1 = January 1 of year 1), field checks with the
messages of CPython's C datetime, isoformat pieces and strftime's %f %z %Z."""

import time as _time

MINYEAR = 1
MAXYEAR = 9999
MAXORDINAL = 3652059

DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

DI400Y = 146097
DI100Y = 36524
DI4Y = 1461


def cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return DAYS_IN_MONTH[month]


def days_before_month(year, month):
    return DAYS_BEFORE_MONTH[month] + (month > 2 and is_leap(year))


def ymd2ord(year, month, day):
    return days_before_year(year) + days_before_month(year, month) + day


def ord2ymd(n):
    """ordinal -> (year, month, day)."""
    n -= 1
    n400, n = divmod(n, DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, DI100Y)
    n4, n = divmod(n, DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def isoweek1monday(year):
    firstday = ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


def isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    return ord2ymd(isoweek1monday(year) + (week - 1) * 7 + (day - 1))


def build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (ymd2ord(y, m, d) + 6) % 7
    dnum = days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def index(x):
    """An int argument (operator.index's rules, with the C datetime's message)."""
    if type(x) is int:
        return x
    try:
        return x.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__) from None


def check_date_fields(year, month, day):
    year = index(year)
    month = index(month)
    day = index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def check_time_fields(hour, minute, second, microsecond, fold):
    hour = index(hour)
    minute = index(minute)
    second = index(second)
    microsecond = index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def offset_parts(off):
    """(sign, hours, minutes, seconds, microseconds) of a UTC offset (a timedelta)."""
    total = (off.days * 86400 + off.seconds) * 1000000 + off.microseconds
    sign = '+'
    if total < 0:
        sign = '-'
        total = -total
    us = total % 1000000
    secs = total // 1000000
    return sign, secs // 3600, secs // 60 % 60, secs % 60, us


def format_offset(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] (isoformat, str of timezones); '' for None."""
    if off is None:
        return ''
    sign, hh, mm, ss, us = offset_parts(off)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def wrap_strftime(obj, fmt, timetuple):
    """strftime with %f, %z and %Z taken from obj, the rest from time.strftime."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name is not None else '')
        else:
            out.append('%')
            out.append(ch)
    return _time.strftime(''.join(out), timetuple)


def isoformat_separator(dtstr):
    """Where the date part of a datetime isoformat string ends."""
    n = len(dtstr)
    if n == 7:
        return 7
    if dtstr[4] == '-':
        if dtstr[5] == 'W':
            if n < 8:
                raise ValueError("Invalid ISO string")
            if n > 8 and dtstr[8] == '-':
                if n == 9:
                    raise ValueError("Invalid ISO string")
                if n > 10 and dtstr[10] in '0123456789':
                    return 8
                return 10
            return 8
        return 10
    if dtstr[4] == 'W':
        idx = 7
        while idx < n:
            if dtstr[idx] not in '0123456789':
                break
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def parse_isoformat_date(dtstr):
    """[year, month, day] of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-d] or YYYYWww[d]."""
    year = int(dtstr[0:4])
    has_sep = dtstr[4] == '-'
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == "W":
        pos += 1
        weekno = int(dtstr[pos:pos + 2])
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == '-') != has_sep:
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            dayno = int(dtstr[pos:pos + 1])
        return list(isoweek_to_gregorian(year, weekno, dayno))
    month = int(dtstr[pos:pos + 2])
    pos += 2
    if (dtstr[pos:pos + 1] == "-") != has_sep:
        raise ValueError("Inconsistent use of dash separator")
    pos += has_sep
    day = int(dtstr[pos:pos + 2])
    return [year, month, day]


_FRACTION_CORRECTION = [100000, 10000, 1000, 100, 10]


def parse_hh_mm_ss_ff(tstr):
    """[hour, minute, second, microsecond] of HH[:MM[:SS[.fff[fff]]]]."""
    n = len(tstr)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(3):
        if n - pos < 2:
            raise ValueError("Incomplete time component")
        comps[comp] = int(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < n:
        if tstr[pos] not in '.,':
            raise ValueError("Invalid microsecond component")
        pos += 1
        rest = n - pos
        take = 6 if rest >= 6 else rest
        comps[3] = int(tstr[pos:pos + take])
        if take < 6:
            comps[3] *= _FRACTION_CORRECTION[take - 1]
        if rest > take and not all(c in '0123456789' for c in tstr[pos + take:]):
            raise ValueError("Non-digit values in unparsed fraction")
    return comps


def parse_isoformat_time(tstr, timedelta, timezone):
    """[hour, minute, second, microsecond, tzinfo] of an isoformat time."""
    n = len(tstr)
    if n < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = tstr.find('-') + 1 or tstr.find('+') + 1 or tstr.find('Z') + 1
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    comps = parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == n and tstr[-1] == 'Z':
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        tz_comps = parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = timezone.utc
        else:
            sign = -1 if tstr[tz_pos - 1] == '-' else 1
            td = timedelta(hours=tz_comps[0], minutes=tz_comps[1], seconds=tz_comps[2], microseconds=tz_comps[3])
            tzi = timezone(sign * td)
    comps.append(tzi)
    return comps
