def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"finally{i}")
    return out


print(loop_with_finally())


def nested_finally():
    try:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(nested_finally())


def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)


print(finally_sees_value())
