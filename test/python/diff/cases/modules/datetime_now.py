import time
from datetime import date, datetime, timedelta, timezone

start = datetime.now()
print(start >= datetime(2024, 1, 1), start.year >= 2024, date.today() >= date(2024, 1, 1))
time.sleep(1.5)
elapsed = datetime.now() - start
print(elapsed >= timedelta(seconds=1.5), elapsed < timedelta(seconds=60), type(elapsed).__name__)
print(datetime.utcnow() - datetime.now() < timedelta(seconds=1), datetime.now(timezone.utc).tzinfo)
print(abs(datetime.now().timestamp() - time.time()) < 1, date.fromtimestamp(time.time()) == date.today())
deadline = datetime.now() + timedelta(milliseconds=200)
while datetime.now() < deadline:
    time.sleep(0.05)
print('deadline passed', datetime.now() >= deadline)
