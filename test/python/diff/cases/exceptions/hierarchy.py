pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (UnboundLocalError, NameError),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError),
    (ModuleNotFoundError, ImportError),
    (StopIteration, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (AssertionError, Exception),
    (UnicodeDecodeError, ValueError),
    (BrokenPipeError, ConnectionError),
    (TimeoutError, OSError),
    (bool, int),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
for exc in [IndexError("i"), KeyError("k")]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
print(EnvironmentError is OSError, IOError is OSError)
