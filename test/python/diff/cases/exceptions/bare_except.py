import sys

for i, action in enumerate([lambda: 1 / 0, lambda: sys.exit(4), lambda: [].pop(), lambda: "ok"]):
    try:
        print("result", action())
    except:
        print("bare except caught action", i)
try:
    raise SystemExit("not really exiting")
except Exception:
    print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException caught", repr(e))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
