def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]

        return wrapper

    return decorate


def tag(name):
    def decorate(func):
        def wrapper(*args):
            return "<" + name + ">" + str(func(*args)) + "</" + name + ">"

        return wrapper

    return decorate


@repeat(3)
def ping():
    return "ping"


@tag("b")
@tag("i")
def text(s):
    return s


print(ping())
print(text("hi"))


def trace_order(label):
    print("decorating with", label)

    def deco(f):
        print("applying", label)
        return f

    return deco


@trace_order("outer")
@trace_order("inner")
def target():
    return "target ran"


print(target())
