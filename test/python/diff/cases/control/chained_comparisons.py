x = 5
print(1 < x < 10, 1 < x > 4, 10 > x >= 5, x < 5 <= 10)
print(1 == 1 == 1, 1 == 1 == 2, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(1 != 2 != 1, "a" < "b" < "c", [1] < [1, 0] < [2])


def val(n):
    print("eval", n)
    return n


print(val(1) < val(2) < val(3))
print(val(3) < val(2) < val(1))
print(val(1) == val(1) in [1])
print(x is not None is not False)
