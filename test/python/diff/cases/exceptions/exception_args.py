samples = [
    Exception(),
    Exception("one"),
    Exception("a", 2),
    ValueError(""),
    KeyError("k"),
    KeyError(),
    KeyError("a", "b"),
    IndexError(3),
    OSError(2, "No such file or directory"),
    OSError("plain"),
    StopIteration(5),
    SystemExit(3),
    ZeroDivisionError("division by zero"),
]
for e in samples:
    print(f"{type(e).__name__:18} args={e.args!r:32} str={str(e)!r:32} repr={e!r}")
err = OSError(13, "Permission denied", "file.txt")
print(err.errno, err.strerror, err.filename, str(err))
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
print(type(OSError(2, "x")).__name__, FileNotFoundError.__mro__[1].__name__)
