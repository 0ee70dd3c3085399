class Safe:
    def __init__(self):
        self.__secret = 42
        self._hint = "protected"
        self.__dunder__ = "not mangled"

    def reveal(self):
        return self.__secret


s = Safe()
print(s.reveal(), s._hint, s.__dunder__)
print(sorted(s.__dict__))
print(s._Safe__secret)
try:
    print(s.__secret)
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Safe):
    def peek(self):
        return self.__secret


try:
    Sub().peek()
except AttributeError as e:
    print("AttributeError:", e)
