# random.Random instances (and subclasses) pickle, copy and restore their state, as CPython.
import copy
import pickle
import random


class MyRandom(random.Random):
    pass


r = random.Random(42)
r.random()
r2 = pickle.loads(pickle.dumps(r))
print(type(r2).__name__, r2.random() == r.random(), r2.randint(1, 100) == r.randint(1, 100))
m = MyRandom(7)
m2 = pickle.loads(pickle.dumps(m))
print(type(m2).__name__, [m2.random() for _ in range(2)] == [m.random() for _ in range(2)])
c = copy.deepcopy(r)
print(c.random() == r.random())
g = random.Random()
g.setstate(r.getstate())
print(g.random() == r.random())
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1])
