print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd"), max([], default="empty"))
print(min([], default=None), max((1, 2), (1, 3)), min([[3], [1, 5]]))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([1, 3, 3, 2], key=lambda x: x), max(["aa", "bb"], key=len), min(["bb", "aa"], key=len))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(()))
print(sum(range(1, 101)) == 5050, sum([True] * 3))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
