grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a.append(4)
a[1].append(99)
print(a, b, c, d)
print(a is b, a is c, c[1] is a[1])


def modify(lst):
    lst.append("modified")
    lst = ["rebound"]
    return lst


orig = ["x"]
print(modify(orig), orig)
