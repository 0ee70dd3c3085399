class Box:
    def __init__(self):
        self.length = 3


b = Box()
print(b.length)
print(b.lenght)
