def show(e):
    print(type(e).__name__, e)
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)


try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("explicit") from e
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("suppressed") from None
except ValueError as e:
    show(e)

try:
    raise TypeError("direct") from OSError("root")
except TypeError as e:
    show(e)
