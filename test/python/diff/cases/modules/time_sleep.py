import time

start = time.time()
time.sleep(0.2)
elapsed = time.time() - start
print(type(start).__name__, start > 1.6e9)
print("elapsed >= 0.2:", elapsed >= 0.2, "elapsed < 5:", elapsed < 5)
t0 = time.monotonic()
time.sleep(0)
print(time.monotonic() >= t0)
for bad in [-1, "1", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
