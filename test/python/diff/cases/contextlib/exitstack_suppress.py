# ExitStack unwinds callbacks last-in first-out; suppress, closing, nullcontext.
from contextlib import ExitStack, suppress, closing, nullcontext, contextmanager


@contextmanager
def resource(name):
    print("open", name)
    yield name
    print("close", name)


with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ("x", "y", "z")]
    stack.callback(print, "callback ran", names)
    print("body")
stack = ExitStack()
stack.callback(print, "later")
moved = stack.pop_all()
stack.close()
print("popped")
moved.close()


def raiser():
    raise KeyError("from callback")


try:
    with ExitStack() as st:
        st.callback(raiser)
        st.push(lambda *exc: print("push saw", exc[0].__name__ if exc[0] else None))
        raise ValueError("body")
except KeyError as e:
    print("final", repr(e), repr(e.__context__))
with ExitStack() as st:
    st.push(lambda *exc: True)
    raise OSError("suppressed by a pushed exit")
print("after suppressed exit")
try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print("TypeError:", e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("ValueError:", e)


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("nullcontext gives", v)
with nullcontext() as v:
    print(v)
