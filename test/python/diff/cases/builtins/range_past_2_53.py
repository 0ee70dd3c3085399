# for over ranges whose ints pass 2**53 (exact, as bigints), with steps too big for a float, both directions.
for i in range(0, 2**70, 2**68): print(i)
for i in range(2**53-2, 2**53+2): print(i)
for i in range(-(2**53)+1, -(2**53)-3, -1): print(i)
print(sum(1 for _ in range(10)))
def f():
    t = 0
    for i in range(2**53 - 3, 2**53 + 3):
        t += 1
        last = i
    return t, last
for _ in range(3): print(f())
print(list(reversed(range(2**53 - 2, 2**53 + 2))), [i for i in range(2**60, 2**60 + 3)])
