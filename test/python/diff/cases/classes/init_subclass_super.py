# __init_subclass__ is a classmethod: super() passes the class on; dict.fromkeys is one too.
class A:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__(**kw)
class B(A):
    pass
class C(B):
    pass
print(dict.fromkeys('ab', 0), dict.fromkeys([1]))
object.__init_subclass__()
try:
    class D(tag=2):
        pass
except TypeError as e:
    print(e)
try:
    dict.fromkeys()
except TypeError as e:
    print(e)
