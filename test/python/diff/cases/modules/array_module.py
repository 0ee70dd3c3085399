# array: typed items, ranges and their errors, bytes in the native layout, slices, comparisons, a Pool sending arrays
from array import array
import array as array_module
import copy
import pickle

a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, len(a), a[2], a[-1], a[1:3], a[::2], 3 in a, a.count(2), a.index(3), a.typecode, a.itemsize)
print(a.pop(), a.pop(0), a, a.tolist(), list(reversed(a)))
a.remove(3)
a.reverse()
print(a, a * 2, 2 * a, a + array('i', [9]), a == array('i', [5, 4, 2, 1]), a == [5, 4, 2, 1], a < array('i', [6]))
b = array('h', [1, -2, 300])
print(b.tobytes(), array('h', b.tobytes()), b.itemsize, array('d', [1.5, -2.25]).tobytes())
c = array('H', [1, 2])
c.byteswap()
print(c, array('B', b'\x01\x02\xff'), array('f', [0.1]), array('d', [1, 2.5]), array('q'), array('u', 'héllo').tounicode())
d = array('i', [1, 2, 3, 4])
d[1:3] = array('i', [7, 8, 9])
del d[0]
d += array('i', [10])
d *= 2
print(d, len(d))
e = array('l', range(5))
e[0] = -7
print(e, sum(e), max(e), sorted(e, reverse=True))
f = array('d', [1.0])
f.frombytes(array('d', [2.0, 3.0]).tobytes())
f.fromlist([4.0])
print(f, copy.copy(f) == f, copy.deepcopy(f) is not f, pickle.loads(pickle.dumps(f)) == f)
print(array_module.typecodes, array_module.ArrayType is array, type(a).__name__)
for tc, v in [('b', 128), ('b', -129), ('B', 256), ('B', -1), ('h', 2 ** 15), ('H', -1), ('H', 2 ** 16), ('i', 2 ** 31),
              ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -1), ('q', 2 ** 63), ('Q', -1), ('i', 1.5), ('f', 'x'),
              ('d', None), ('u', 1), ('b', 'a')]:
    try:
        array(tc, [v])
    except (OverflowError, TypeError) as err:
        print(tc, v, type(err).__name__, err)
for bad in [lambda: a.extend(array('d', [1.0])), lambda: a.__setitem__(slice(0, 1), [5]), lambda: array('x'),
            lambda: array('i', 'abc'), lambda: a.frombytes(b'abc'), lambda: a.index(99), lambda: a.remove(99),
            lambda: array('i').pop(), lambda: a.pop(10), lambda: a + [1], lambda: a + array('d'), lambda: a[10],
            lambda: a.fromlist([1, 'x']), lambda: array('i').tounicode()]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as err:
        print(type(err).__name__, err)

u = array('u', 'hé')
print(u.tobytes())
v = array('u'); v.frombytes(u.tobytes()); print(v, u.itemsize)
c = array('i', [1, 256]); c.byteswap(); print(c)

from multiprocessing import Pool


def total(arr):
    return arr.typecode, sum(arr)


if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(total, [array('i', [1, 2]), array('d', [0.5, 0.25])]))
