class Flag(int):
    def __repr__(self): return 'Flag(%d)' % int(self)
class Name(str):
    pass
a = Flag(2)
d = {a: 'flag', Name('k'): 'name', 5: 'five'}
print(d[2], d['k'], d[Flag(5)], {2: 'x'}[a], {(a, 'z'): 1}[(2, 'z')], 2 in {a}, Name('k') in {'k'}, set([a, 2, Flag(2)]))
print(hash(a) == hash(2), hash(Name('ab')) == hash('ab'), list(d), {Flag(1), 1, True})
d2 = {}
d2[Flag(7)] = 'a'
d2[7] = 'b'
print(d2, len(d2))
