class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(B):
    def who(self):
        return "C>" + super(B, self).who()


class D(C):
    def who(self):
        return "D>" + super().who()


print(D().who())
print(C().who())
print(super(C, D()).who())


class Init:
    def __init__(self, **kw):
        self.kw = kw


class Cooperative(Init):
    def __init__(self, a, **kw):
        self.a = a
        super().__init__(**kw)


c = Cooperative(1, b=2, c=3)
print(c.a, c.kw)
