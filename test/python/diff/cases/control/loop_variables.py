for i in range(3):
    pass
print("i after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
squares = [k * k for k in range(4)]
try:
    print(k)
except NameError as e:
    print("NameError:", e)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
n = 10
for n in range(n):
    pass
print(n)
