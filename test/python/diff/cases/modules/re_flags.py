import re

print(re.I, re.I | re.M, repr(re.S | re.X), re.IGNORECASE.value, int(re.A), re.NOFLAG, re.I & re.M)
print(re.compile(r'[a-z]+', re.I), re.compile('a', re.M | re.S | re.X | re.A), re.compile('a', re.U))
print(re.compile('(?i)a').flags, re.compile('a', re.I).flags, re.compile('a', re.A).flags)
print(re.findall('^b', 'a\nb\nb', re.M), re.findall('a.b', 'a\nb', re.S), re.findall('a$', 'a\na', re.M))
print(re.search(r'^\w+$', 'hello\n'), re.search(r'^\w+\Z', 'hello\n'), re.search(r'\Aab', 'xab'))
p = re.compile(r'''
    (\d+)     # a number
    \s*       # optional space
    ([a-z]+)  # a unit
''', re.VERBOSE)
print(p.findall('10 kg, 5m, 7 ab'))
print(re.match(r'(?x) a b # comment', 'ab'), re.match(r'(?x)a\ b', 'a b'), re.match(r'(?x)[ ]', ' '))
print(re.findall(r'(?i:AB)c', 'abc ABc abC'), re.findall(r'a(?-i:b)', 'ab aB Ab', re.I))
print(re.findall(r'\w+', 'héllo wörld 3x', re.A), re.findall(r'\w+', 'héllo wörld 3x'))
print(re.match(r'(?s).+', 'a\nb').group(), re.match(r'.+', 'a\nb').group())
print(re.sub('HELLO', 'bye', 'hello Hello', flags=re.I), re.split('x', 'aXbxc', flags=re.I))
print(re.compile('a', re.I | re.M).flags, type(re.I).__name__, re.I == 2, isinstance(re.M, int))
