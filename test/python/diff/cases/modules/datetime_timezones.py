from datetime import datetime, timedelta, timezone, tzinfo, UTC

utc = timezone.utc
paris = timezone(timedelta(hours=1), 'CET')
india = timezone(timedelta(hours=5, minutes=30))
print(repr(utc), repr(paris), repr(india), str(paris), str(india), str(utc), UTC is utc, timezone(timedelta(0)) is utc)
print(repr(timezone(timedelta(hours=-5))), timezone(timedelta(seconds=90)), timezone.min, timezone.max)
t = datetime(2024, 3, 5, 12, 0, tzinfo=utc)
print(t, t.astimezone(paris), t.astimezone(india), t.astimezone(paris).astimezone(utc) == t)
print(repr(t.astimezone(india)), t.astimezone(india).utcoffset(), t.astimezone(paris).tzname())
print(t.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1709640000, india), datetime.utcfromtimestamp(86400.5))
a = datetime(2024, 3, 5, 13, 0, tzinfo=paris)
print(a == t, a - t, sorted([a, t.replace(hour=11), t.replace(hour=13)]) == [t.replace(hour=11), a, t.replace(hour=13)])
print(hash(a) == hash(t), {a: 1}.get(t), a.replace(tzinfo=None), t.utctimetuple()[:6])

class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off, self.name = timedelta(hours=hours), name
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return self.name
    def dst(self, dt):
        return timedelta(0)

ny = Fixed(-5, 'EST')
local = datetime(2024, 1, 15, 9, 30, tzinfo=ny)
print(local, local.tzname(), local.utcoffset(), local.dst(), local.astimezone(utc), local.strftime('%H:%M %Z %z'))
print(utc.utcoffset(None), utc.tzname(None), utc.dst(None), paris.fromutc(datetime(2024, 1, 1, tzinfo=paris)))
print(datetime(2024, 6, 1, 12).astimezone(), datetime(2024, 6, 1, 12).astimezone(india))
