import string
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, repr(string.printable))
print(string.capwords('hello  world  foo'), string.capwords('a-b-c', '-'))
t = Template('$who likes ${what}, costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}), t.safe_substitute(who='x'))
print(t.get_identifiers(), t.is_valid(), Template('$1 bad').is_valid(), Template('$a $b $a').get_identifiers())
for bad in [lambda: t.substitute(who='x'), lambda: Template('line1\n  $ bad').substitute(), lambda: Template('${a').substitute(a=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class MyT(Template):
    delimiter = '%'
print(MyT('%x and %%').substitute(x=5))
f = Formatter()
print(f.format('{0} {1!r} {name:>6} {x[1]} {p.real}', 'a', 'b', name='n', x=[7, 8], p=3), f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{}{}', 1, 2))
print(list(f.parse('a{{b}}c{0!r:>{w}}d{x.y[0]}e{}')))
for s in ['{', '}', 'a{0', '{0!}', '{0!rx}', '{0[}', '{a{b}}', '{0:{1:{2}}}']:
    try:
        print(repr(s), list(f.parse(s)), f.format(s, 1, 2, 3))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {x}', 'abc', x='def'))
try:
    f.format('{0}{}', 1, 2)
except ValueError as e:
    print(e)
