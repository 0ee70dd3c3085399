people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19), ("eve", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted({"b": 1, "a": 2}), sorted([[2, 1], [1, 2], [1]]), sorted([]))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
data = [5, 2, 8]
result = sorted(data)
print(data, result, data.sort(), data)
print(sorted([-3, 1, -2, 4], key=abs), sorted([0.5, -1, 2], key=lambda x: x * x))
