COUNTER = 0
_calls = 0


def greet(name):
    global _calls
    _calls += 1
    return f'hello, {name}'


def calls():
    return _calls


def fail(msg):
    raise ValueError(f'helpers failed: {msg}')


print('helpers imported as', __name__)
