from datetime import date, time, datetime, timedelta, timezone

tests = [
    "date(2024, 13, 1)", "date(2024, 2, 30)", "date(0, 1, 1)", "date(10000, 1, 1)", "time(25)", "time(1, 60)",
    "time(0, 0, 0, 1000000)", "datetime(2024, 1, 1, 24)", "date(2024, 1, 1) == 1",
    "datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)",
    "datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)",
    "datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc)",
    "date.fromisoformat('bad')", "datetime.fromisoformat('2024-01-01T25:00')", "datetime.strptime('2024', '%Y-%m')",
    "datetime.strptime('2024-01-05x', '%Y-%m-%d')", "datetime.strptime('31/02/2024', '%d/%m/%Y')",
    "datetime.strptime('1', '%Q')", "timedelta(days=1000000000)", "date(2024, '1', 1)", "date(2024.0, 1, 1)",
    "timezone(timedelta(hours=25))", "timezone(5)", "date.max + timedelta(1)", "timedelta(1) / 0",
    "timedelta(1) // 0", "datetime(2024, 1, 1).strftime(5)", "time(12).isoformat('x')",
    "date(2024, 1, 1).replace(month=13)", "datetime(2024, 1, 1) + timedelta(days=10**7)", "date.fromordinal(0)",
    "datetime(2024, 1, 1, tzinfo=5)", "date(2024, 1, 1) < datetime(2024, 1, 1)", "datetime(2024, 1, 1) == date(2024, 1, 1)",
    "time(1) < time(2, tzinfo=timezone.utc)", "date.fromisoformat(20240101)", "date(2024)", "date.fromisocalendar(2024, 54, 1)",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
