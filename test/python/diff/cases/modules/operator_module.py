import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(1, 0)(rows[0]))
class P:
    def __init__(self, name, age): self.name = name; self.age = age; self.me = self
ps = [P('x', 30), P('y', 20)]
print([p.name for p in sorted(ps, key=attrgetter('age'))], attrgetter('name', 'age')(ps[0]), attrgetter('me.me.name')(ps[1]))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('replace', 'a', 'b'))
print(itemgetter(1), itemgetter(1, 'k'), attrgetter('a.b'), attrgetter('x', 'y'))
print(reduce(operator.add, [1, 2, 3]), reduce(operator.mul, range(1, 6)), operator.sub(5, 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(3), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.getitem({'a': 1}, 'a'), operator.concat([1], [2]), operator.pow(2, 10), operator.mod(7, 3), operator.lt(1, 2), operator.eq('a', 'a'))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.index(5), operator.length_hint([1, 2]), operator.length_hint(5, 7))
print(operator.__add__(1, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.invert(5), operator.call(len, 'abc'))
for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: operator.indexOf([1], 5), lambda: itemgetter(5)([1])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
