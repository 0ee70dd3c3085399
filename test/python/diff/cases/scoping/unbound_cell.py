# Cells read or deleted while unbound: a variable that an inner function reads is
# a cell of its own function (UnboundLocalError there, LOAD_DEREF / DELETE_DEREF)
# and a free variable of the inner one (NameError there); only a NameError proper
# records the name.
def outer():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e, repr(e.name))
    x = 1

    def inner():
        return x

    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e, repr(e.name))
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e, repr(e.name))
    x = 2
    print(inner())


outer()
