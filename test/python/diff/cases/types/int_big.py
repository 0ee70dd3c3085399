print(2 ** 100)
print(2 ** 1000 % 1000007, len(str(2 ** 1000)))
print(3 ** 200)
print(-(7 ** 50))
big = 10 ** 30 + 7
print(big * big)
print(big // 97, big % 97, divmod(big, -97))
print((2 ** 64 - 1).bit_length(), (-2 ** 64).bit_length())
print(2 ** 64 + 1 - 2 ** 64, 10 ** 25 == 10 ** 25, 10 ** 25 > 10 ** 24)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(sum(int(d) for d in str(2 ** 500)))
print(len(str(2 ** 10000)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(int("9" * 50) + 1)
print(pow(3, 1000, 1000000007), pow(2, 10 ** 6, 97))
