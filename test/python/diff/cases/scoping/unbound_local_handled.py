total = 10


def broken():
    print(total)
    total = 5


try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))


def conditional(flag):
    if flag:
        value = "set"
    return value


print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def deleted():
    y = 1
    del y
    return y


try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
