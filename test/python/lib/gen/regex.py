"""Random patterns over a small alphabet (sets, classes, anchors, groups,
look-arounds, backreferences, atomic groups, lazy/greedy repeats, scoped flags)
run by CPython's re: spans of every group for match, fullmatch, search (also
with pos/endpos) and each finditer match, or the re.error message — to pin
lib/regex's engine to sre's results."""
import random, re, signal
from common import write

rng = random.Random(11)
ATOMS = ['a', 'b', 'c', '.', '\\d', '\\w', '\\s', '\\W', '[ab]', '[^a]', '[a-c]', '\\b', '\\B', '^', '$', '\\A', '\\Z',
         'x', ' ', 'A', 'B', '\\n', '[\\w-]', '[^\\s]', 'é', 'É', 'ß', 'ſ', 'K', 'k']
ANCHORS = ('^', '$', '\\b', '\\B', '\\A', '\\Z')


def atom(d):
    r = rng.random()
    if d > 3 or r < 0.5:
        return rng.choice(ATOMS)
    if r < 0.65:
        return '(' + expr(d + 1) + ')'
    if r < 0.72:
        return '(?:' + expr(d + 1) + ')'
    if r < 0.76:
        return '(?=' + expr(d + 1) + ')'
    if r < 0.80:
        return '(?!' + expr(d + 1) + ')'
    if r < 0.83:
        return '(?<=' + rng.choice(['a', 'ab', '\\w', '[ab]c', 'b']) + ')'
    if r < 0.86:
        return '(?<!' + rng.choice(['a', 'ab', '\\w', '[ab]c', 'b']) + ')'
    if r < 0.89:
        return '(?>' + expr(d + 1) + ')'
    if r < 0.92:
        return '(?P<n%d>' % rng.randrange(1000) + expr(d + 1) + ')'
    if r < 0.96:
        return '(a|b)\\1' if rng.random() < 0.5 else '(?P<q>\\w)(?P=q)'
    return '(?i:' + expr(d + 1) + ')'


def quant():
    if rng.random() < 0.6:
        return ''
    return rng.choice(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{,2}', '{2,}?'])


def seq(d):
    out = ''
    for _ in range(rng.randint(0, 4)):
        a = atom(d)
        out += a + ('' if a in ANCHORS else quant())
    return out


def expr(d):
    return '|'.join(seq(d) for _ in range(rng.randint(1, 3 if d < 2 else 2)))


class Slow(Exception):
    pass


def alarm(*_):
    raise Slow()


signal.signal(signal.SIGALRM, alarm)
cases = []
while len(cases) < 1500:
    p = expr(0)
    flags = rng.choice([0, 0, 0, 2, 8, 16, 256, 2 | 8, 64])
    if flags == 64:
        p = p.replace(' ', '\\ ')
    s = ''.join(rng.choice('aabbc x\nAéÉßſKk1_') for _ in range(rng.randint(0, 14)))
    case = {'p': p, 'f': flags, 's': s}
    try:
        r = re.compile(p, flags)
    except re.error as e:
        case['err'] = str(e)
        cases.append(case)
        continue

    def spans(m):
        return None if m is None else [list(m.span(g)) for g in range(r.groups + 1)] + [m.lastindex]
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        case['match'] = spans(r.match(s))
        case['full'] = spans(r.fullmatch(s))
        case['search'] = spans(r.search(s))
        case['search2'] = spans(r.search(s, 1, max(1, len(s) - 1)))
        case['iter'] = [spans(m) for m in r.finditer(s)]
        signal.setitimer(signal.ITIMER_REAL, 0)
        cases.append(case)
    except Slow:
        pass
write('regex', cases)
