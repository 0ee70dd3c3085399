def point(x, y, z=0):
    return f"({x}, {y}, {z})"


coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
print(point(*(7, 8, 9)))
print(point(**{"x": 1, "y": 2, "z": 3}))
print(point(*[1], **{"y": 5}))
print(point(*"ab"))
print(point(*range(3)))
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print(e)
