# traceback.extract_tb / extract_stack / format_tb / format_stack: FrameSummary fields, limits, carets.
import os
import traceback
import sys
HERE = os.getcwd() + '/'
def g():
    return traceback.extract_stack()
def f(): 1/0
try:
    f()
except Exception as e:
    s = traceback.extract_tb(e.__traceback__)
    print(len(s), [(x.lineno, x.name, x.line) for x in s], repr(s[0]).replace(HERE, ''))
    fn, ln, name, line = s[-1]
    print(ln, name, line, s[-1] == (fn, 4, 'f', 'def f(): 1/0'))
    print(''.join(traceback.format_tb(e.__traceback__)).replace(HERE, ''))
    print(traceback.extract_tb(e.__traceback__, limit=1)[0].name, traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
st = g()
print([(x.lineno, x.name) for x in st])
def h():
    print(''.join(traceback.format_stack()).replace(HERE, ''), end='')
h()
