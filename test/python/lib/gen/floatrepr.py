import random
from common import interesting_floats, fbits, write

rng = random.Random(1234)
cases = []
for x in interesting_floats(rng):
    cases.append([fbits(x), repr(x), str(x)])
write('floatrepr', cases)
