import json

data = {'name': 'Ann', 'age': 30, 'scores': [90, 85.5, 1e100, -0.0], 'ok': True, 'none': None,
        'nested': {'b': [1, {'c': ()}], 'a': {}}, 'text': 'tab\there "q" é 😀 \x7f'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')), json.dumps({'a': 1}, indent=4, separators=(',', ' = ')))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none'}), json.dumps({False: 0, 'x': 1}))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1/3, 2**70, 10**20 + 0.5]))
print(json.dumps('plain'), json.dumps(None), json.dumps(3), json.dumps(3.0), json.dumps((1, 'two')), json.dumps([]))
print(json.dumps({'z': 1, 'y': 2, 'x': 3}, sort_keys=True), json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({'s': {3, 1, 2}}, default=sorted), json.dumps([b'x'], default=lambda o: o.decode()))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(PointEncoder(indent=1).encode({'p': Point(0, 0)}), list(json.JSONEncoder().iterencode([1, 'a'])))
for bad in [lambda: json.dumps(object()), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float('nan')], allow_nan=False),
            lambda: json.dumps(float('inf'), allow_nan=False, indent=1), lambda: json.dumps(Point(1, 2))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
