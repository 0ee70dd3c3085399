def replace_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")


try:
    replace_in_finally()
except Exception as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))


def error_in_handler():
    try:
        [][1]
    except IndexError:
        None.attr


try:
    error_in_handler()
except AttributeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))


def finally_runs_on_error():
    try:
        print("working")
        raise RuntimeError("fail")
    finally:
        print("cleanup runs")


try:
    finally_runs_on_error()
except RuntimeError as e:
    print("propagated:", e)
