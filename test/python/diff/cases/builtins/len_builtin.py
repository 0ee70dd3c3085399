print(len("hello"), len(""), len([1, [2, 3]]), len((1,)), len({"a": 1, "b": 2}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(b"abc"), len("中文"))
print(len([None] * 100), len("\n\t"), len(str(10 ** 10)))
try:
    len(10)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
