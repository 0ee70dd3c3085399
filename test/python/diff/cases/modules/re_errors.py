import re

for bad in ['(', ')', 'a**', '*a', '[a-', '[z-a]', '(?P<1>x)', '(?P<a>x)(?P<a>y)', r'\q', 'a{3,2}', '(?<=a+)b',
            r'(a)\2', '(?P=nope)', '(?z)', 'a(?i)b', '(?', r'x\\', '\\', '(?#unterminated', r'[\d-z]', '(?<x)',
            '(?P<n>a)(?P=n', 'a\n(b', r'(?(2)a|b)', '(?:a|b|c', r'\x4', r'\u12', r'\777']:
    try:
        re.compile(bad)
        print(repr(bad), 'compiled')
    except re.error as e:
        print(repr(bad), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno)
for call in [lambda: re.match(5, 'x'), lambda: re.match('x', 5), lambda: re.sub('a', 5, 'abc'),
             lambda: re.sub('(a)', r'\2', 'abc'), lambda: re.sub('(a)', r'\g<x>', 'abc'), lambda: re.sub('a', '\\', 'abc'),
             lambda: re.sub('a', lambda m: 1, 'abca'), lambda: re.compile(re.compile('a'), re.I),
             lambda: re.match('a', 'a').group(3), lambda: re.match('a', 'a').group('x'), lambda: re.compile('a', re.A | re.U),
             lambda: re.sub('(a)', r'\g<1', 'a'), lambda: re.compile(r'a{99999999999}')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
