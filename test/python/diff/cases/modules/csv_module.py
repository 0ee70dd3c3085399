# csv: reading and writing records with the excel and unix dialects, quoting modes, dicts, errors
import csv
import io
import os

s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['a', 'b c', ' d', 'e,f', 'g"h', 'i\nj', 'k\rl', '', None, 1.5, 10 ** 20, True]))
w.writerow([''])
w.writerow([])
w.writerows([[1, 2], ['x', 'y']])
print(repr(s.getvalue()))
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=quoting, lineterminator='\n').writerow(['a', 1, 2.5, None, True, 'k\rl'])
    print(quoting, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f'])
csv.writer(s, doublequote=False, escapechar='\\').writerow(['q"q'])
csv.writer(s, delimiter=';', quotechar="'").writerow(["it's", 'a;b', 'c,d'])
print(repr(s.getvalue()))
for bad in [dict(quoting=csv.QUOTE_NONE), dict(doublequote=False)]:
    try:
        csv.writer(io.StringIO(), **bad).writerow(['a,"b'])
    except csv.Error as e:
        print('Error:', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([''])
except csv.Error as e:
    print('Error:', e)

print(list(csv.reader(['a,"b,c",d', '"x""y",z', ' a, b', '"ab"cd,e', '', '1,,3'])))
print(list(csv.reader([' a, "b c"'], skipinitialspace=True)))
print(list(csv.reader(io.StringIO('a,b\r\n"multi\nline",2\r\n\r\nlast'))))
print(list(csv.reader(['1,"x",3,,-2.5e3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))
r = csv.reader(['"open', 'still', 'closed",x', 'y'])
print(next(r), r.line_num, next(r), r.line_num)
for lines, kw in [(['"a"b'], dict(strict=True)), (['a\nb,c'], {}), (['"unterminated'], dict(strict=True)),
                  (['a\0b'], {}), ([b'bytes'], {}), (['1,x'], dict(quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        print(list(csv.reader(lines, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(list(csv.reader(['"unterminated'])))

with open('people.csv', 'w', newline='') as f:
    dw = csv.DictWriter(f, fieldnames=['name', 'age', 'city'])
    dw.writeheader()
    dw.writerow({'name': 'Ada', 'age': 36})
    dw.writerows([{'name': 'Linus', 'age': 28, 'city': 'Helsinki, FI'}])
    try:
        dw.writerow({'name': 'X', 'planet': 'Mars'})
    except ValueError as e:
        print('ValueError:', e)
with open('people.csv', newline='') as f:
    print(repr(f.read()))
with open('people.csv', newline='') as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames)
    for row in dr:
        print(dr.line_num, row)
rows = csv.DictReader(['a,b', '1,2,3,4', '', '5'], restkey='more', restval='-')
print(list(rows))
print(list(csv.DictReader(['1,2'], fieldnames=['x', 'y'])))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
s = io.StringIO()
csv.writer(s, 'pipes').writerow([1, 'a|b'])
print(repr(s.getvalue()), sorted(csv.list_dialects()))
print(list(csv.reader(['"1"|"a|b"'], 'pipes')))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.lineterminator == '\r\n')
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error:', e)
s = io.StringIO()
csv.writer(s, csv.unix_dialect).writerow(['u', 2])
print(repr(s.getvalue()))
for bad in [dict(delimiter='::'), dict(quoting=9), dict(quotechar=None), dict(delimiter=None)]:
    try:
        csv.writer(io.StringIO(), **bad)
    except TypeError as e:
        print('TypeError:', e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['x' * 11]))
except csv.Error as e:
    print('Error:', e)
csv.field_size_limit(131072)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error:', e)
os.remove('people.csv')
try:
    csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL)
except TypeError as e:
    print('TypeError:', e)
s = io.StringIO()
csv.writer(s, quotechar=None).writerow(['a', 'b'])
print(repr(s.getvalue()))
