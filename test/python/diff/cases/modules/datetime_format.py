from datetime import date, time, datetime, timedelta, timezone

d = datetime(2024, 3, 5, 14, 7, 9, 123456)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %c', '%d %f %H %I %j %m %M %p %S', '%U %w %W %x %X %y %z %Z %%',
            '%e %G %V %u %C %D %F %T %R %h %k %l|', 'literal only', '%%Y', '%Y%']:
    print(repr(fmt), '->', repr(d.strftime(fmt)))
for y, m, day in [(2021, 1, 1), (2020, 12, 31), (2019, 12, 30), (2027, 1, 3), (2026, 12, 31), (2024, 12, 30)]:
    x = date(y, m, day)
    print(x, x.strftime('%a %j %U %W %G-W%V-%u'), x.isocalendar())
print(d.isoformat(), d.isoformat(' '), d.isoformat(timespec='minutes'), d.isoformat(timespec='milliseconds'), d.isoformat('T', 'hours'))
print(d.time().isoformat(), time(1, 2).isoformat(), time(1, 2, 3, 4).isoformat('microseconds'), d.date().isoformat())
aware = d.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(aware.isoformat(), aware.strftime('%z|%Z'), str(aware), aware.utcoffset(), aware.tzname())
for s in ['2024-03-05', '2024-03-05T14:30', '2024-03-05 14:30:15.5', '2024-03-05T14:30:15+02:00', '2024-03-05T14:30:15Z',
          '20240305T143015', '2024-W10-2', '2024-03-05T14:30:15.123456-05:30']:
    print(s, '->', repr(datetime.fromisoformat(s)))
print(repr(date.fromisoformat('2024-12-31')), repr(time.fromisoformat('14:30:15.25')), repr(time.fromisoformat('T0930')))
for s, f in [('2024-03-05 14:30:00', '%Y-%m-%d %H:%M:%S'), ('5 March 2024', '%d %B %Y'), ('03/05/24 2:05 PM', '%m/%d/%y %I:%M %p'),
             ('Tue Mar  5 14:30:00 2024', '%c'), ('2024-03-05T14:30:00+0530', '%Y-%m-%dT%H:%M:%S%z'), ('12:00 am', '%I:%M %p'),
             ('2024 10 2', '%Y %W %w'), ('2024-065', '%Y-%j'), ('  7/4/1976 ', ' %m/%d/%Y '), ('17.5.2024 UTC', '%d.%m.%Y %Z'),
             ('2024-W10-2', '%G-W%V-%u'), ('Monday 1 Jan 2024', '%A %d %b %Y')]:
    print(repr(s), '->', repr(datetime.strptime(s, f)))
print(f"{d:%d/%m/%Y}", f"{d.date():%A}", f"{d.time():%H.%M}", format(d, ''), '{:%Y}'.format(date(1999, 1, 1)))
print(d.ctime(), date(2024, 1, 9).ctime(), d.timetuple()[:9])
