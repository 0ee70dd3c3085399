lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-7], lst[::3], lst[1::4], lst[::-1], lst[8:2:-2])
print(lst[-1:-5:-1], lst[5:5], lst[9:2], lst[100:], lst[-100:2], lst[::-3])
print(lst[slice(1, 4)], lst[slice(None, None, -5)], slice(1, 9, 2).indices(5))
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [6, 7]
print(a)
a[::2] = ["e0", "e1", "e2", "e3"]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = list(range(8))
del b[::3]
print(b)
del b[-2:]
print(b)
b[:] = "ab"
print(b)
t = (0, 1, 2, 3)
print(t[1:3], t[::-1], "abcdef"[-2::-2])
