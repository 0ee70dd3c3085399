# Language corners: literals, lambda parameters, displays, range slices.
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5_0, 1e1_0, 1_0j, 0xDEAD_BEEF)
print(3600., 1.e5, 2.j, 10.)
x = 5.
print(x, type(x).__name__, [1., 2.][1], (3.).is_integer())
f = lambda a, b, /, c=3: (a, b, c)
print(f(1, 2), f(1, 2, c=4))
try:
    f(a=1, b=2)
except TypeError as e:
    print(e)
g = lambda a, /: a * 2
print(g(21))
try:
    d = {[1]: 2}
except TypeError as e:
    print('dict display:', e)
try:
    d = {'a': 1, {}: 2}
except TypeError as e:
    print('dict display:', e)
for r in [range(10), range(1, 20, 3), range(10, 0, -2), range(0)]:
    for s in [slice(2, 5), slice(None, None, -1), slice(100, 200), slice(-3, None), slice(1, 8, 3), slice(5, 2)]:
        print(r, s, r[s], list(r[s]))
try:
    range(5)['a']
except TypeError as e:
    print(e)
print(float.hex(1.5), (0.1).hex(), (-0.0).hex(), (5e-324).hex(), (1e308).hex(), float('inf').hex())
print(float.fromhex('0x1.8p+0'), float.fromhex('-0x1p-1074'), float.fromhex(' 0x.8 '), float.fromhex('inf'))
print(float.fromhex((0.1).hex()) == 0.1, float.fromhex('0x1.fffffffffffff8p+0'))
try:
    float.fromhex('0x1p+1024')
except OverflowError as e:
    print(e)
try:
    float.fromhex('zz')
except ValueError as e:
    print(e)
ba = bytearray(b'hello world')
print(ba.startswith(b'hell'), ba.startswith((b'x', b'he')), ba.endswith(b'world'), ba.startswith(b'o', 4))
