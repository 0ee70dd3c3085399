class Calc:
    def double(self, x):
        return 2 * x


c = Calc()
print(c.double(4))
print(c.double(4, 5))
