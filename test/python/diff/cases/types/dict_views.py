d = {"x": 1, "y": 2}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["z"] = 3
print(keys, list(values), len(items))
del d["x"]
print(list(keys), sorted(values))
print(keys & {"y", "q"} == {"y"}, sorted(keys | {"w"}), keys == {"y", "z"})
print(reversed(d) is not None, list(reversed(d)))
try:
    for k in d:
        d[k + "2"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
for k in list(d):
    if k.endswith("2"):
        del d[k]
print(d)
