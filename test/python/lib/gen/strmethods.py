"""str methods: calls over a set of strings and arguments, plus whole-range
tables of the per-code-point predicates and case mappings."""
import random
from common import enc, outcome, write

rng = random.Random(11)

STRS = ['', ' ', 'a', 'abc', 'Hello World', '  hello  world  ', 'a,b,,c', ',a,', 'aaa', 'abcabcabc', 'a\tb\tc',
        '01\t012\t0123\t01234', 'line1\nline2\r\nline3\rline4', 'x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r', '\n\n',
        'trailing\n', 'ß straße', 'ǆemal', 'ΣΑΣ ΟΔΟΣ', 'ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ﬁne ﬂow', 'hello_World42', '42', '-42', '+7',
        '١٢٣', '²³', '½', '一二三', 'Ⅻ', '𝟘𝟙', 'é\u0301', 'naïve café', '𝄞 music 𝄞', 'a𝄞b𝄞c', '\u00a0nbsp\u3000', '\x1c\x1d x \x1f',
        'MiXeD CaSe', 'hello world', "they're bill's friends", 'ABC', 'abc123', 'ABC123', 'A1 b2', '_private', '2bad', 'déjà_vu',
        'x\x00y', '\x7f', 'tab\there', 'Ǳ', 'ǈ', 'ŉ', 'ΐ', 'ﬃ', 'ᾳ', 'ﬀ', 'Ω', 'K', 'ﬅ', 'İ', 'ı', 'ſ', 'µ', 'ÿ',
        'Σ', 'aΣ', 'aΣb', 'aΣ.', 'a.Σ', "a'Σ", 'Σa', 'ΑΣ\u0301', 'aa bb cc dd', 'a b  c   d', '\t a \n']
SEPS = [None, ' ', ',', 'a', 'abc', 'b', '\n', '𝄞', '', 'ss', 'Σ']
SUBS = ['', 'a', 'b', 'abc', 'bc', 'ca', 'l', 'o', ' ', '𝄞', 'x', 'ss', 'Σ', '\n']
BOUNDS = [None, 0, 1, 2, -1, -3, 5, 100, -100]

cases = []


def add(name, args, fn):
    cases.append([name, [enc(a) for a in args], outcome(fn)])


for s in STRS:
    for sep in SEPS:
        for m in [-1, 0, 1, 2]:
            add('split', [s, sep, m], lambda: s.split(sep, m))
            add('rsplit', [s, sep, m], lambda: s.rsplit(sep, m))
        if sep is not None:
            add('partition', [s, sep], lambda: s.partition(sep))
            add('rpartition', [s, sep], lambda: s.rpartition(sep))
    add('splitlines', [s, False], lambda: s.splitlines())
    add('splitlines', [s, True], lambda: s.splitlines(True))
    for chars in [None, ' ', 'a', 'ab', 'xyz', '𝄞', ' \n\t', 'Hd', 'ß']:
        add('strip', [s, chars], lambda: s.strip(chars))
        add('lstrip', [s, chars], lambda: s.lstrip(chars))
        add('rstrip', [s, chars], lambda: s.rstrip(chars))
    for sub in rng.sample(SUBS, 6):
        add('find', [s, sub, None, None], lambda: s.find(sub))
        add('count', [s, sub, None, None], lambda: s.count(sub))
        add('rfind', [s, sub, None, None], lambda: s.rfind(sub))
        for _ in range(4):
            a, b = rng.choice(BOUNDS), rng.choice(BOUNDS)
            add('find', [s, sub, a, b], lambda: s.find(sub, a, b))
            add('rfind', [s, sub, a, b], lambda: s.rfind(sub, a, b))
            add('index', [s, sub, a, b], lambda: s.index(sub, a, b))
            add('rindex', [s, sub, a, b], lambda: s.rindex(sub, a, b))
            add('count', [s, sub, a, b], lambda: s.count(sub, a, b))
            add('startswith', [s, sub, a, b], lambda: s.startswith(sub, a, b))
            add('endswith', [s, sub, a, b], lambda: s.endswith(sub, a, b))
        t = tuple(rng.sample(SUBS, 3))
        add('startswith', [s, list(t), None, None], lambda: s.startswith(t))
        add('endswith', [s, list(t), None, None], lambda: s.endswith(t))
        for c in [-1, 0, 1, 2]:
            add('replace', [s, sub, '<>', c], lambda: s.replace(sub, '<>', c))
    for w in [-1, 0, 3, 10, 11, 20]:
        for fill in [' ', '*', '𝄞']:
            add('center', [s, w, fill], lambda: s.center(w, fill))
            add('ljust', [s, w, fill], lambda: s.ljust(w, fill))
            add('rjust', [s, w, fill], lambda: s.rjust(w, fill))
        add('zfill', [s, w], lambda: s.zfill(w))
    for bad in ['', 'ab']:
        add('center', [s, 10, bad], lambda: s.center(10, bad))
    for ts in [8, 4, 1, 0, -1]:
        add('expandtabs', [s, ts], lambda: s.expandtabs(ts))
    for m in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'isdigit', 'isdecimal', 'isnumeric', 'isalpha',
              'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']:
        add(m, [s], lambda: getattr(s, m)())
    add('len', [s], lambda: len(s))
    for i in [0, 1, -1, 2, 5, -6]:
        add('index1', [s, i], lambda: s[i])
    for _ in range(6):
        a, b, st = rng.choice(BOUNDS), rng.choice(BOUNDS), rng.choice([None, 1, 2, -1, -2, 3])
        add('slice', [s, a, b, st], lambda: s[a:b:st])

REPR_STRS = STRS + ["a'b", 'a"b', 'a\'b"c', '\\', '\x00\x1f\x7f\x80\x9f\xa0\xad', '\u200b\u2028\ufeff', '\U0001F600',
                     '\ud800', 'x\udfffy', '\U000e0001', '\U0010ffff', '\u0378', 'tab\tnl\ncr\r', "'", '"', '\'"']
for s in REPR_STRS:
    add('strRepr', [s], lambda: repr(s))
    add('strAscii', [s], lambda: ascii(s))

# Whole-range tables: for each predicate, the code points (as ranges) where it is true.
LIMIT = list(range(0x30000)) + list(range(0xE0000, 0xE0200))
PREDS = ['isdigit', 'isdecimal', 'isnumeric', 'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
         'isidentifier', 'isprintable']
tables = {}
for p in PREDS:
    rs, start, prev = [], None, None
    for cp in LIMIT:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        v = getattr(chr(cp), p)()
        if v and start is None:
            start = cp
        if not v and start is not None:
            rs.append([start, prev]); start = None
        prev = cp
    if start is not None:
        rs.append([start, prev])
    tables[p] = rs
maps = {}
for m in ['upper', 'lower', 'title', 'casefold', 'swapcase']:
    d = []
    for cp in LIMIT:
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        r = getattr(ch, m)()
        if r != ch:
            d.append([cp, r])
    maps[m] = d
write('strmethods', {'calls': cases})
write('unicode_props', {'ranges': tables, 'maps': maps})
