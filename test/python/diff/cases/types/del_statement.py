items = ["a", "b", "c", "d", "e"]
del items[1]
print(items)
del items[-1]
print(items)
del items[0:2]
print(items)
d = {"k1": 1, "k2": 2}
del d["k1"]
print(d)


class Obj:
    pass


o = Obj()
o.attr = 5
o.other = 6
del o.attr
print(sorted(o.__dict__))
x = 10
del x
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    del items[10]
except IndexError as e:
    print("IndexError:", e)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
