import re
import time

# Exponential backtracking: still answers, and costs virtual time like any other work.
t0 = time.perf_counter()
print(re.match(r'(a+)+b', 'a' * 16))
print(re.match(r'(a|aa)+c', 'a' * 20))
print(time.perf_counter() - t0 > 0.0001)
print(re.fullmatch(r'(x+x+)+y', 'x' * 12 + 'y') is not None)
deep = '(' * 300 + 'a' + ')' * 300
print(re.match(deep, 'a').span(), re.compile(deep).groups)
print(len(re.findall(r'\w+', 'word ' * 2000)), re.sub(r'(\w)', r'\1\1', 'ab' * 500)[:10])
print(re.match(r'(?:a?){12}a{12}', 'a' * 12).span())
