class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


for n in Countdown(3):
    print(n, end=" ")
print()
c = Countdown(2)
print(next(c), next(c))
print(next(c, "done"))
print(list(c))
print(list(Countdown(5)), sum(Countdown(4)))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1


r = Range2(4)
print(list(r), list(r), 6 in r, 5 in r)
try:
    next(Range2(1))
except TypeError as e:
    print("TypeError:", e)
