s = "Python"
print(s[0], s[-1], s[2:4], s[:3], s[3:], s[-3:], s[:-3], s[::2], s[1::2], s[::-1], s[-1:-4:-1])
print(repr(s[10:]), repr(s[4:2]), s[-100:100], s[5:-100:-1], repr(s[::-1][6:]))
print(s[0:6:5], s[::-2], s[-2::-2], len(s[::3]))
print(s * 2, s * 0 == "", 3 * "ab", -1 * "x" == "")
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
print("J" + s[1:], s.replace("P", "J"))
for i, ch in enumerate(s[:3]):
    print(i, ch, ord(ch))
