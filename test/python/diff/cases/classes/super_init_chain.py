class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x


class Middle(Base):
    def __init__(self, x, y):
        print("Middle.__init__ start")
        super().__init__(x)
        self.y = y
        print("Middle.__init__ end")


class Leaf(Middle):
    def __init__(self):
        super().__init__(1, 2)
        self.z = 3


leaf = Leaf()
print(leaf.x, leaf.y, leaf.z)
print(leaf.__dict__)


class NoInit(Middle):
    pass


n = NoInit(7, 8)
print(n.__dict__)
try:
    NoInit()
except TypeError as e:
    print(e)
