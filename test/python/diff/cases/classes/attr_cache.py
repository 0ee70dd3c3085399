# Attribute reads and writes through one site while classes change under them (the
# compiled tier's inline caches must follow every change; attr-cache.test.ts runs this
# compiled).
class Base:
    kind = 'base'

class P(Base):
    def __init__(self, x):
        self.x = x

def read(o):
    return (o.x, o.kind)

def write(o, v):
    o.x = v

objs = [P(i) for i in range(3)]
print([read(o) for o in objs])
Base.kind = 'changed'
print([read(o) for o in objs])
P.kind = 'own'
print([read(o) for o in objs])
objs[0].kind = 'inst'
print([read(o) for o in objs])
del objs[0].kind
print(read(objs[0]))
P.kind = property(lambda self: 'prop %d' % self.x)
print([read(o) for o in objs])
objs[1].__dict__['kind'] = 'in dict'
print(read(objs[1]))
del P.kind
print([read(o) for o in objs])
def missing(self, name):
    return 'missing ' + name
print(hasattr(objs[2], 'nope'))
P.__getattr__ = missing
print(objs[2].nope, [read(o) for o in objs])
P.__getattribute__ = lambda self, name: 'ga ' + name
print(read(objs[0]))
del P.__getattribute__
for i in range(5):
    write(objs[0], i)
print(objs[0].x)
log = []
def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)
P.__setattr__ = logging_setattr
write(objs[0], 7)
print(objs[0].x, log)
del P.__setattr__
write(objs[0], 8)
print(objs[0].x)

class D:
    pass
d = D()
P.desc = d
def readdesc(o):
    return o.desc
def writedesc(o, v):
    o.desc = v
print(readdesc(objs[0]) is d)
D.__get__ = lambda self, obj, tp: 'got'
print(readdesc(objs[0]))
writedesc(objs[0], 4)
print(readdesc(objs[0]), objs[0].__dict__.get('desc'))
D.__set__ = lambda self, obj, v: log.append(('set', v))
writedesc(objs[0], 5)
print(log[-1], readdesc(objs[0]))

class Q:
    kind = 'q'
o = P(100)
print(read(o))
o.__class__ = Q
print(read(o))

class S:
    __slots__ = ('a',)
s = S()
def writea(o, v):
    o.a = v
def writeb(o, v):
    o.b = v
writea(s, 1)
print(s.a)
try:
    writeb(s, 2)
except AttributeError as e:
    print('AttributeError:', e)

class R:
    kind = 'r'
    def __init__(self):
        self.x = 'rx'
print([read(v) for v in [P(1), R(), P(2), R(), o]])

import math
def pi():
    return math.pi
print(pi())
math.pi = 3
print(pi())
