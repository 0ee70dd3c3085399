for thing in [ValueError, ValueError("inst"), "a string", 42, Exception]:
    try:
        raise thing
    except TypeError as e:
        print("TypeError:", e)
    except Exception as e:
        print("raised", type(e).__name__, repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
