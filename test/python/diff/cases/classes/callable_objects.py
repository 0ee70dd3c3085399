class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, times=1):
        self.calls += 1
        return x + self.n * times


add5 = Adder(5)
print(add5(1), add5(1, times=3), add5.calls)
print(list(map(Adder(100), [1, 2, 3])))
print(hasattr(add5, "__call__"), hasattr(5, "__call__"))
try:
    n = 5
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"
    s()
except TypeError as e:
    print("TypeError:", e)
