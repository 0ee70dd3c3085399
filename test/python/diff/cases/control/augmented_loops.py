total = 0
product = 1
text = ""
for i in range(1, 6):
    total += i
    product *= i
    text += str(i)
print(total, product, text)
n = 100
n -= 1
n //= 7
n **= 2
n %= 50
n <<= 3
n >>= 1
n |= 1
n &= 0xFF
n ^= 0b1010
print(n)
f = 10
f /= 4
print(f)
