print(sorted([5, 2, 9, 1]), sorted("python"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print("".join(reversed("stressed")), list(reversed({"a": 1, "b": 2})))
print(type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
