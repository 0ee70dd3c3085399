print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)))
print(list(range(5, 5)), list(range(0, 10, 4)), list(range(-5, -1)), list(range(3, -3, -1)))
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], 9 in r, 10 in r)
print(r.index(9), r.count(9), range(5) == range(0, 5), range(0) == range(2, 2))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
total = 0
for i in range(1, 11):
    total += i * i
print(total)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
