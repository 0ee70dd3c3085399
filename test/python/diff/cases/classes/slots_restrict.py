# __slots__: instances hold only the declared names; a class without __slots__ in the chain brings a __dict__ back.
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = 'z'


class Loose(Point):
    pass


class WithDict:
    __slots__ = ['a', '__dict__']


p = Point(1, 2)
p.x = 5
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
q = Point3(1, 2)
q.z = 9
print(q.z)
try:
    q.w = 1
except AttributeError as e:
    print(e)
l = Loose(1, 2)
l.anything = 'ok'
print(l.anything)
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
try:
    del p.x
    print(p.x)
except AttributeError as e:
    print('after del:', e)
print(Point.__slots__, Point3.__slots__)
