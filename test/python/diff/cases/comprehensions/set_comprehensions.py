nums = [1, 5, 2, 5, 3, 1, 4, 2]
s = {n % 4 for n in nums}
print(s, len(s), type(s).__name__)
print(sorted({w.lower() for w in ["A", "b", "a", "B", "c"]}))
print({x * x for x in range(-3, 4)} == {0, 1, 4, 9})
print(sorted({c for c in "hello world" if c.isalpha()}))
print(len({(x, y) for x in range(3) for y in range(3) if x <= y}))
print({n for n in range(5)} - {1, 3})
