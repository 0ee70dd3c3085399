# Calling a class while its __new__ and __init__ change between calls (callClass keeps
# them per class version; a datum replacing a datum keeps the version).
class A:
    def __init__(self, x):
        self.x = x

class B(A):
    pass

def make(cls, v):
    return cls(v)

print([make(A, i).x for i in range(3)], make(B, 9).x)
def init2(self, x):
    self.x = x * 100
A.__init__ = init2
print(make(A, 1).x, make(B, 2).x)
B.__init__ = lambda self, x: setattr(self, 'x', -x)
print(make(A, 1).x, make(B, 2).x)
del B.__init__
print(make(B, 3).x)
A.__new__ = lambda cls, x: 'made %s %d' % (cls.__name__, x)
print(make(A, 4), make(B, 5))
A.__new__ = lambda cls, x: object.__new__(cls)
print(make(A, 6).x)
for bad in (None, 5, 'text'):
    A.__init__ = bad
    try:
        make(A, 7)
    except TypeError as e:
        print('TypeError:', e)
class C:
    __new__ = None
try:
    C()
except TypeError as e:
    print('TypeError:', e)
C.__new__ = 3
try:
    C()
except TypeError as e:
    print('TypeError:', e)
print([type(make(cls, '12')).__name__ for cls in (int, str, float, list)], make(int, '12') + 1)
