print(3 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "" in "abc", "z" in "")
print("a" in {"a": 1}, 1 in {"a": 1}, 1 in {"a": 1}.values())
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(-3, 0))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1]], 2 in (1, 2))
print(3 in {1, 2, 3}, 1.0 in [1], True in [1], None in [0, False, ""])
try:
    print([1] in {1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
