class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


k1, k2, k3 = Key(1, 2), Key(1, 2), Key(2, 1)
print(k1 == k2, k1 is k2, k1 != k3, k1 == "x", k1 != "x")
d = {k1: "first"}
d[k2] = "second"
print(len(d), d[Key(1, 2)])
print(len({k1, k2, k3}), Key(2, 1) in {k1, k3})
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
