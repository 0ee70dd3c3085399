def gen():
    yield 1
    yield 2
    raise ValueError("generator failed")


g = gen()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))


def gen_stop():
    yield 1
    return "ret"


g2 = gen_stop()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def bad_gen():
    yield 1
    raise StopIteration("inside")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
