# Sorts whose keys compare natively: ints (narrow and wide ranges), ints with floats, strs
# (with characters past U+FFFF and surrogates), and mixes, stable with and without reverse.
rows = [((i * 7919) % 13, 'n%d' % ((i * 31) % 17), i) for i in range(200)]
print(sorted(rows, key=lambda r: r[0])[:12])
print(sorted(rows, key=lambda r: r[0], reverse=True)[:12])
print(sorted(rows, key=lambda r: (r[0], r[1]))[-6:])
print(sorted(rows, key=lambda r: r[1], reverse=True)[:8])
wide = [2 ** 52, -2 ** 52, 3, -7, 0, 2 ** 60, -2 ** 70, 5, 3]
print(sorted(wide), sorted(wide, reverse=True))
print(sorted([(i * 37) % 11 - 5 for i in range(40)], key=lambda x: x * 1000003))
mixed = [3, 1.5, -0.0, 0, float('inf'), -2, 2.0, 2, float('-inf'), True, False]
print(sorted(mixed), sorted(mixed, reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]), sorted([1, 2, 3], key=lambda x: x == 2))
strs = ['b', 'a', '\U0001F600', '\uFFFD', 'ab', '', 'B', '\u00e9', 'a\U0001F600', 'a\uFFFD', 'b']
print([ascii(s) for s in sorted(strs)])
print([ascii(s) for s in sorted(strs, key=lambda s: s[:1], reverse=True)])
print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=len), sorted(['x', 'y'] * 3, reverse=True))
nan = float('nan')
print(len(sorted([3.0, nan, 1.0, 2.0])), sorted([2 ** 100, 1, -2 ** 100, 2 ** 99]))
try:
    sorted([1, 2, 'a', 3])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted(range(100), key=lambda x: 'a' if x == 70 else x)
except TypeError as e:
    print('TypeError:', e)
def bad(x):
    if x == 50:
        raise ValueError('bad key %d' % x)
    return -x
data = list(range(80))
try:
    data.sort(key=bad)
except ValueError as e:
    print('ValueError:', e, data[:3], len(data))
data.sort(key=lambda x: -x)
print(data[:5], sorted(range(70), key=str)[:12])
