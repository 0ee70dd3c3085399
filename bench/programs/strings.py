# str/int conversions and string methods: str(i), int(s), join, split, replace, upper, +=.
parts = []
for i in range(200000):
    parts.append(str(i))
text = ','.join(parts)
fields = text.split(',')
total = 0
for f in fields:
    total += int(f)
s = ''
for i in range(100000):
    s += 'ab'[i % 2]
words = ('the quick brown fox jumps over the lazy dog ' * 20000).split()
caps = [w.upper().replace('O', '0') for w in words]
print(total, len(s), len(caps), caps[-1], text[:20])
