class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("iadd", other)
        self.items.append(other)
        return self

    def __repr__(self):
        return f"Acc{self.items}"


class NoIadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add", other)
        return NoIadd(self.v + other)


a = Acc()
original = a
a += 1
a += "two"
print(a, a is original)
n = NoIadd(1)
original = n
n += 5
print(n.v, n is original)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
alias_t = t
t += (2,)
print(alias_t, t, t is alias_t)
