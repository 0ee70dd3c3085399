# Class attribute writes seen at once by every lookup: methods replaced on a base after a
# subclass's calls were cached, data replaced by data and by functions, deletes revealing a base.
class Base:
    count = 0
    rate = 1.5

    def __init__(self):
        Base.count += 1

    def speak(self):
        return 'base'

    def kind(self):
        return 'B'


class Mid(Base):
    def kind(self):
        return 'M'


class Leaf(Mid):
    pass


class Other:
    def speak(self):
        return 'other'


def calls(objs):
    return [o.speak() + o.kind() for o in objs]


objs = [Leaf(), Mid(), Base(), Other.__new__(Other)]
Other.kind = lambda self: 'O'
for step in range(6):
    out = []
    for _ in range(3):
        out = calls(objs)
    print(step, out, Base.count, Leaf.count, Leaf.rate)
    if step == 0:
        Base.speak = lambda self: 'base2'
    elif step == 1:
        Mid.speak = lambda self: 'mid'
    elif step == 2:
        del Mid.kind
        Leaf.rate = 2.5
    elif step == 3:
        Base.kind = lambda self: 'B2'
        Other.speak = lambda self: 'other2'
        Leaf()
    elif step == 4:
        setattr(Mid, 'kind', lambda self: 'M2')
        del Leaf.rate
        Base.rate = 'slow'
    Leaf()

# A datum replaced by a function, and a function by a datum, under a cached call site.
class Switch:
    v = 1

    def get(self):
        return 'method'


def probe(s):
    try:
        return s.v()
    except TypeError as e:
        return str(e)


s = Switch()
for step in range(4):
    print(step, [probe(s) for _ in range(3)], s.get())
    if step == 0:
        Switch.v = lambda self: 'now a method'
    elif step == 1:
        Switch.v = 7
    elif step == 2:
        Switch.get = 'not callable'
        try:
            s.get()
        except TypeError as e:
            print(e)
        Switch.get = lambda self: 'again'
