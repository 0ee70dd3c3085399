# RecursionError's words name what ran out of depth on deeply nested data:
# a repr (also through str() and format), a comparison, pickling. (Nested lists only:
# near the host's stack limit, V8 can fail a str method with another error than a
# stack overflow, so a dict with str keys would make this case flaky.)
import pickle

def nest(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

deep_list = nest(100000, lambda x: [x])
other = nest(100000, lambda x: [x])

def attempt(what, f):
    try:
        f()
        print(what, 'no error')
    except RecursionError as e:
        print(what, '->', e)

attempt('repr(list)', lambda: repr(deep_list))
attempt('str(list)', lambda: str(deep_list))
attempt('f-string', lambda: f'{deep_list!r}')
attempt('list == list', lambda: deep_list == other)
attempt('list < list', lambda: deep_list < other)
attempt('pickle.dumps', lambda: pickle.dumps(deep_list))
# Python code that recurses for ever says nothing more.
def f(n):
    return f(n + 1)
attempt('f(0)', lambda: f(0))
