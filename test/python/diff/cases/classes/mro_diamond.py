class Base:
    def hello(self):
        print("Base.hello")


class Left(Base):
    def hello(self):
        print("Left.hello")
        super().hello()


class Right(Base):
    def hello(self):
        print("Right.hello")
        super().hello()


class Child(Left, Right):
    def hello(self):
        print("Child.hello")
        super().hello()


Child().hello()
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Right.__mro__])


class X:
    pass


class Y:
    pass


class Z(X, Y):
    pass


class W(Y, X):
    pass


print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
