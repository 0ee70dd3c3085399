def risky():
    raise KeyError("missing")


def wrapper():
    try:
        risky()
    except KeyError as e:
        print("logging", repr(e))
        raise


try:
    wrapper()
except KeyError as e:
    print("outer caught", e, e.args)


def rethrow_other():
    try:
        int("abc")
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


try:
    rethrow_other()
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))
