def attempt(x):
    try:
        print("  try", x)
        result = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "error"
    else:
        print("  else", result)
        return result
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))


def finally_override():
    try:
        return "from try"
    finally:
        return "from finally"


print(finally_override())


def finally_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop ended, exception discarded"


print(finally_swallow())
