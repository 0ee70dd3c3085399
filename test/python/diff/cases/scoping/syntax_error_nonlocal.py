print("never runs: the whole file fails to compile")


def f():
    return 1


nonlocal x
