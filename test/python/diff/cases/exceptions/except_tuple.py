def trouble(kind):
    if kind == "key":
        return {}["x"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return 1 + None
    if kind == "zero":
        return 1 % 0
    return "fine"


for kind in ["key", "index", "type", "zero", "none"]:
    try:
        print(trouble(kind))
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except (TypeError, ZeroDivisionError) as e:
        print("other", type(e).__name__, e)
errors = (ValueError, TypeError)
try:
    int([])
except errors as e:
    print("tuple variable", type(e).__name__, e)
