class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __repr__(self):
        return f"v{self.major}.{self.minor}"

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()


vs = [Version(1, 10), Version(1, 2), Version(0, 9), Version(2, 0)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
a, b = Version(1, 0), Version(1, 1)
print(a < b, a <= b, a > b, a >= b, a == b)


class Plain:
    pass


try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError:", e)
