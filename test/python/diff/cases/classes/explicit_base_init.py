class Shape:
    def __init__(self, name):
        self.name = name
        self.sides = 0

    def area(self):
        return 0


class Rectangle(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rectangle")
        self.sides = 4
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, s):
        Rectangle.__init__(self, s, s)
        self.name = "square"

    def area(self):
        return "square area " + str(Rectangle.area(self))


for s in [Shape("blob"), Rectangle(2, 3), Square(4)]:
    print(s.name, s.sides, s.area())


class Forgetful(Shape):
    def __init__(self):
        pass


f = Forgetful()
try:
    print(f.name)
except AttributeError as e:
    print("AttributeError:", e)
