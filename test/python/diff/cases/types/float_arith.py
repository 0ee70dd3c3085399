print(3 + 4.0, 3 * 1.5, 7 / 2, 7.0 // 2, 2 ** 0.5 * 2 ** 0.5, 10 - 0.1)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print((2.5).is_integer(), (3.0).is_integer(), (7.25).as_integer_ratio())
print(float("1e3"), float(" -2.5 "), float("1_000.5"), float(7), float("-0"), float("infinity"))
print(int(2.999999), int(-2.5), round(2.999999), 1e3 == 1000)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1e300 * 1e300, -1e300 * 1e300, 1e-320 / 10)
x = 0.0
for _ in range(10):
    x += 0.1
print(x)
print(4.0 % 1.5, -4.0 % 1.5, 2.0 ** -2, 10.0 ** 2)
print(max(1, 2.0), min(1.0, 1), max(1.0, 1))
