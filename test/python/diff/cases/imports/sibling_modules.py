# A program of several files: sibling modules, a package with relative imports,
# a namespace package, a circular import, and a data file read from beside the program.
import os
import helpers
from helpers import greet, COUNTER
import shapes
from shapes.circle import Circle
from shapes import square
import nsdata.values as nv

print(helpers.__name__, os.path.basename(helpers.__file__), helpers.__package__ == '')
print(greet('world'), COUNTER)
print(shapes.__name__, shapes.__package__, shapes.describe())
print(Circle(2).area() > 12.5, square.Square(3).area())
print(square.__name__, square.__package__)
print(nv.VALUES, nv.__package__)
import helpers as again
print(again is helpers, helpers.calls())
import cyc_a
print(cyc_a.done, cyc_a.seen_partial)
with open('data/config.txt') as f:
    lines = [l.strip() for l in f]
print(lines)
print(sorted(os.listdir('data')))
os.makedirs('out', exist_ok=True)
with open('out/result.txt', 'w') as f:
    f.write('written\n')
print(open('out/result.txt').read().strip(), sorted(os.listdir('out')))
os.remove('out/result.txt')
os.rmdir('out')
try:
    import shapes.triangle
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from shapes import hexagon
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    from . import helpers
except ImportError as e:
    print(e)
helpers.fail('boom')
