def announce(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        result = func(*args, **kwargs)
        print("returned", result)
        return result

    return wrapper


@announce
def add(a, b):
    return a + b


@announce
def hello(name="world"):
    return "hello " + name


add(2, 3)
hello()
hello(name="you")
print(add.__name__, hello.__name__)
