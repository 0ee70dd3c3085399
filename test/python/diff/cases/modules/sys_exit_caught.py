import sys

for arg in [None, 0, 5, "message", [1, 2]]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
try:
    try:
        sys.exit(7)
    finally:
        print("finally runs during sys.exit")
except SystemExit as e:
    print("caught code", e.code)
print("still running")
raise SystemExit(4)
