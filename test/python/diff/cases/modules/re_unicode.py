import re

print(re.findall(r'\w+', 'naïve café 東京 ñu_2 Σίσυφος'), re.findall(r'\d+', '12 ٣٤ ５６'))
print(re.findall(r'\s+', 'a\u00a0b\u2003c\td'), re.findall(r'\W', 'a-b€c'), re.findall(r'\S+', 'x\u3000y'))
print(re.findall('(?i)straße', 'STRASSE straße STRAßE'), re.findall('(?i)ß', 'ß ẞ'), re.findall('(?i)s', 'sSſ'))
print(re.findall('(?i)k', 'kK\u212a'), re.findall('(?i)[a-z]+', 'Ǆ ÀÉ abc ſ'), re.findall('(?i)é', 'É é'))
print(re.findall(r'(?i)\u03c3', 'Σσς'), re.match('(?ai)k', '\u212a'), re.findall('[à-ÿ]+', 'été à ÿ'))
print(re.findall(r'\bü\w+', 'über ünter xüber'), re.match(r'\u00e9', 'é'), re.match('\\N{EM DASH}', '\u2014'))
print(re.search('😀+', 'ab😀😀c').span(), re.findall('.', 'a😀b'), re.sub('😀', ':)', 'x😀y😀'), re.split('😀', 'a😀b'))
m = re.search(r'(\w+)😀(\w+)', 'ab😀cd')
print(m.span(1), m.span(2), m.group(2), re.match(r'[😀-😂]', '😁'))
print(re.findall(r'[^\W\d_]+', 'abc_123 déf'), re.findall(r'[\d\s]+', '1 2 x 3'))
print(re.findall(r'(?u)\w+', 'ab'), re.findall(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'))
