class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        print("getitem", key)
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)


g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[5, 5])
print((1, 2) in g, (2, 1) in g, (2, 1) not in g)
del g[1, 2]
print(len(g))
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq())


class Sliceable:
    def __getitem__(self, item):
        return item


s = Sliceable()
print(s[1], s[1:2], s[::3], s[1:2, 3])
