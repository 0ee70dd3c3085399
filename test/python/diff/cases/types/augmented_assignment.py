n = 5
n += 3
n -= 1
n *= 4
n //= 3
n %= 5
n **= 3
print(n)
f = 7
f /= 2
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias is lst)
t = (1,)
t += (2,)
t *= 2
print(t)
d = {"a": 1}
d["a"] += 10
d |= {"b": 2}
print(d)
st = {1, 2}
st |= {3}
st &= {2, 3}
st ^= {4}
st -= {3}
print(sorted(st))
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
print(grid)
x = y = 0
x += 1
print(x, y)
counter = {"hits": 0}
for _ in range(3):
    counter["hits"] += 1
print(counter)
