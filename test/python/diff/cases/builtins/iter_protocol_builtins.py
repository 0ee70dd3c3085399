data = [3, 1, 2]
it = iter(data)
print(type(it).__name__, next(it))
print(list(it), next(it, "exhausted"))
print(type(iter("ab")).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
d = {"a": 1, "b": 2}
print(list(iter(d.items())), list(iter(d.values())))
s = "abc"
chars = iter(s)
s = "changed"
print(list(chars))
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
