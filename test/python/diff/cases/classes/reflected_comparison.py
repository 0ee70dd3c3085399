class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"  Loud({self.n}).__lt__({other.n})")
        return self.n < other.n

    def __gt__(self, other):
        print(f"  Loud({self.n}).__gt__({other.n})")
        return self.n > other.n

    def __eq__(self, other):
        print(f"  Loud({self.n}).__eq__({other.n})")
        return self.n == other.n


a, b = Loud(1), Loud(2)
print("a < b")
print(a < b)
print("a > b")
print(a > b)
print("a == b")
print(a == b)
print("a != b")
print(a != b)


class OnlyLt:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


print(OnlyLt(3) > OnlyLt(1))
try:
    OnlyLt(3) >= OnlyLt(1)
except TypeError as e:
    print("TypeError:", e)
