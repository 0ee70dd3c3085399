"""format(value, spec) for int, bool, float and str values over a spread of
specs: curated edge cases plus seeded random combinations of every field."""
import random
from common import fbits, interesting_floats, outcome, write

rng = random.Random(42)


def repr_big(v):
    import sys
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)

FILL_ALIGN = ['', '<', '>', '^', '=', '*<', '*>', '*^', '*=', '0<', '0>', '0^', '0=', 'x^', '€>', '𝄞<', '{<', ' =']
SIGN = ['', '+', '-', ' ']
TYPES_INT = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'y']
TYPES_FLOAT = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'c', 's']
TYPES_STR = ['', 's', 'd', 'r', 'x']


def rand_spec(types):
    parts = [rng.choice(FILL_ALIGN) if rng.random() < 0.5 else '',
             rng.choice(SIGN) if rng.random() < 0.4 else '',
             'z' if rng.random() < 0.1 else '',
             '#' if rng.random() < 0.2 else '',
             '0' if rng.random() < 0.25 else '',
             str(rng.randint(0, 25)) if rng.random() < 0.6 else '',
             rng.choice([',', '_']) if rng.random() < 0.25 else '',
             '.' + str(rng.randint(0, 20)) if rng.random() < 0.5 else '',
             rng.choice(types) if rng.random() < 0.85 else '']
    return ''.join(parts)


CURATED = ['', 'd', '5', '05', '-05', '+', ' ', ',', '_', '010,', '015_', '0=12,', '*^11,', '#x', '#X', '#o', '#b',
           '#010x', '_x', '_b', '#_b', ',x', ',b', ',c', '_c', ',s', ',,', ',_', '_,', '.2', '.', '.x', 'xx', '10.5s',
           '<<', '=5', '^', '>', 'z', 'z.2f', '#.0f', '#.0e', '#g', '#.3g', '.0g', '.0e', '.0f', '.1%', '%', 'n', ',n',
           '.3n', '020.3e', '+.2e', ' .3f', '-.1f', '0>10', '0<10', '0^10', '010', '+010', ' 010', '#08b', '0=+#10x',
           '.20f', '.17g', '.100f', '.120e', '.30g', 'g', 'e', 'E', 'F', 'G', 'f', '.0%', '1000000000000000000000d',
           '99999999999999999999', '.99999999999999999999f', 'c', '+c', '#c', '5c', '^5c', 's', 'z+', '==', '0', '00',
           '0.0', '12,.3f', '12_.3f', '_.3f', ',.2%', '+,', '٣', '٣.٢f', '=^', '^^', '\x00<', 'ä', '\n', '\x7f', '´']

INTS = [0, 1, -1, 7, -7, 10, 255, -255, 1000, 1234567, -1234567, 2**31, 2**53, 2**53 + 1, -(2**53) - 1, 2**64,
        10**20, -10**30, 123456789012345678901234567890, 0x10ffff, 0x110000, 65, 128512, 2**1100]
for _ in range(20):
    INTS.append(rng.randint(-10**6, 10**6))
for _ in range(10):
    INTS.append(rng.randint(-10**40, 10**40))

FLOATS = interesting_floats(rng)
STRS = ['', 'a', 'abc', 'hello world', 'ß', '€uro', '𝄞 clef', 'é\u0301', 'x' * 30, '  pad  ', '日本語']

cases = {'int': [], 'bool': [], 'float': [], 'str': []}

int_specs = CURATED + [rand_spec(TYPES_INT) for _ in range(400)]
for spec in int_specs:
    for v in rng.sample(INTS, 6) if spec not in CURATED else INTS[:12] + rng.sample(INTS[12:], 4):
        cases['int'].append([str(v), spec, outcome(lambda: format(v, spec))])
for spec in CURATED[:60] + [rand_spec(TYPES_INT) for _ in range(60)]:
    for v in (True, False):
        cases['bool'].append([v, spec, outcome(lambda: format(v, spec))])

float_specs = CURATED + [rand_spec(TYPES_FLOAT) for _ in range(500)]
for spec in float_specs:
    for v in rng.sample(FLOATS, 8):
        cases['float'].append([fbits(v), spec, outcome(lambda: format(v, spec))])
# every interesting float with the most common specs
for spec in ['', '.2f', '.3e', 'g', '.10g', '.15g', '.17g', '%', ',.2f', '10.3f', '.0f', '.1f', 'e', 'n', '#g', '.0e']:
    for v in FLOATS:
        cases['float'].append([fbits(v), spec, outcome(lambda: format(v, spec))])

str_specs = CURATED + [rand_spec(TYPES_STR) for _ in range(200)]
for spec in str_specs:
    for v in rng.sample(STRS, 4):
        cases['str'].append([v, spec, outcome(lambda: format(v, spec))])

# int_max_str_digits (4300) applies to decimal output only
for v in (10**4299, 10**4300, -(10**4300), 10**5000):
    for spec in ('', 'd', '10', ',', 'x', 'n'):
        cases["int"].append([repr_big(v), spec, outcome(lambda: format(v, spec))])
write('formatspec', cases)
