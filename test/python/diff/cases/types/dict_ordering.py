d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d)
d["apple"] = 0
print(d)
del d["banana"]
d["banana"] = 99
print(d)
print(list(d), list(d.items())[0])
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
numbers = {3: "c", 1: "a", 2: "b"}
print(numbers, sorted(numbers.items()))
print(dict(sorted(numbers.items())))
print({1: "int", 1.0: "float"}, {True: "a", 1: "b"})
