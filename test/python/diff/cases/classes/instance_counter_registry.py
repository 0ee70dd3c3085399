class Shape:
    registry = {}
    instances = 0

    def __init__(self):
        Shape.instances += 1
        type(self).registry.setdefault(type(self).__name__, 0)
        type(self).registry[type(self).__name__] += 1


class Circle(Shape):
    pass


class Square(Shape):
    registry = {}


for cls in [Circle, Circle, Square, Shape, Square, Square]:
    cls()
print(Shape.instances, Circle.instances)
print(Shape.registry, Circle.registry is Shape.registry)
print(Square.registry)
