# __init__ called directly after instances were made: it returns its own value (None,
# or what it returns), never an instance (a reused frame once kept the constructor's).
class A:
    def __init__(self, x):
        self.x = x


a = A(1)
b = A(2)
print(A.__init__(a, 5), a.x)
print(a.__init__(6), a.x)
print([a.__init__(i) for i in range(3)], a.x)


class B(A):
    def __init__(self, x):
        super().__init__(x * 10)
        self.y = x


objs = [B(i) for i in range(5)]
print(super(B, objs[0]).__init__(7), objs[0].x, objs[0].y)
print([B.__init__(o, 1) for o in objs], [o.x for o in objs])


class C:
    def __init__(self):
        pass

    def again(self):
        return self.__init__()


cs = [C() for _ in range(300)]
print({c.again() for c in cs})
