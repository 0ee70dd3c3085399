print("{} and {}".format("spam", "eggs"))
print("{1} and {0}".format("spam", "eggs"))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Al", age=3))
print("{0[1]} {0[0]} {1[k]}".format(["x", "y"], {"k": "kv"}))


class Point:
    def __init__(self):
        self.x, self.y = 3, 4


print("({p.x}, {p.y})".format(p=Point()))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.3f} {:,} {:08.2f} {:+d} {:x} {:#b} {:e}".format(3.14159, 1234567, -3.5, 5, 255, 5, 1500.0))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{0:{1}}|{0:>{1}}".format("w", 5))
print("{{}} {{{0}}}".format("braced"))
print("{:%}".format(0.125), "{:.1%}".format(2 / 3))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{missing}".format(other=1)
except KeyError as e:
    print("KeyError:", e)
