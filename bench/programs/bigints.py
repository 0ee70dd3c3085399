# Big integers: factorials, powers, Fibonacci beyond 64 bits, mixed small and big arithmetic, str of a big int.
f = 1
for i in range(1, 1450):
    f *= i
a, b = 0, 1
for _ in range(40000):
    a, b = b, a + b
p = pow(3, 20000, 10 ** 40 + 7)
s = 0
for i in range(1200000):
    s += (i * 1000000007) ** 2 % 998244353
digits = len(str(f))
print(digits, a % 1000000007, p, s, sum(int(c) for c in str(b % 10 ** 4000)[:2000]))
