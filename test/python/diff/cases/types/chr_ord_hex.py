print(chr(97), chr(0x263A), chr(10).__repr__(), ord("A"), ord("€"), ord("\n"))
print(hex(255), hex(-255), hex(0), bin(10), bin(-10), oct(8), oct(-64))
print(hex(2 ** 70), bin(1), oct(0))
print(int(hex(1234), 16), int(bin(1234), 2), int(oct(1234), 8))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "az09"], [chr(i) for i in range(65, 70)])
print(format(255, "x"), format(255, "#X"), format(5, "08b"), format(8, "o"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
