pairs = [("a", 1), ("b", 2), ("c", 3)]
print([k * v for k, v in pairs])
print({v: k for k, v in pairs})
points = [(1, (2, 3)), (4, (5, 6))]
print([x + y + z for x, (y, z) in points])
records = [("ann", 30, "nyc"), ("bob", 25, "sf")]
print([f"{name}:{age}" for name, age, _ in records])
heads = [first for first, *rest in [[1, 2, 3], [4], [5, 6]]]
rests = [rest for first, *rest in [[1, 2, 3], [4], [5, 6]]]
print(heads, rests)
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([i * c for i, c in enumerate("abc", 1)])
