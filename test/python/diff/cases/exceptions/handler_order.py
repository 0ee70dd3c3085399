def handle(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError branch"
    except KeyError:
        return "KeyError branch (unreachable for KeyError)"
    except Exception:
        return "Exception branch"


print(handle(KeyError("a")))
print(handle(IndexError("b")))
print(handle(ValueError("c")))

results = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(("ok", i))
    except ValueError as e:
        results.append(("err", e.args[0]))
        continue
    finally:
        results.append(("fin", i))
print(results)
