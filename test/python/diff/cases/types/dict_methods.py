d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "none"), d)
print(d.popitem(), d)
d.update({"a": 10, "e": 5})
d.update(f=6)
d.update([("g", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, 10 in d, 10 in d.values(), ("a", 10) in d.items())
del d["a"]
print(d)
print(dict.fromkeys("xyz", 0), dict.fromkeys([1, 2]))
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("ab", [1, 2])), dict({"x": 1}, y=2))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
m = {"a": 1}
m |= {"z": 26}
print(m)
c = d.copy()
c.clear()
print(d, c, {} == dict())
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
