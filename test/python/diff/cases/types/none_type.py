x = None
print(x, repr(x), str(x), type(x).__name__, bool(x))
print(x is None, x == None, x != 0, x == False, x == "")
print([None, None].count(None), None in [0, False], {None: 1}[None])


def no_return():
    pass


print(no_return() is None)
result = [].sort()
print(result)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError:", e)
