x = 10
print(eval('x + 1'), eval('  2 * 3'), eval('[i*i for i in range(4)]'))
def f(a):
    b = 5
    return eval('a + b'), eval('x')
print(f(1))
g = {'y': 2}
print(eval('y * 10', g))
print(eval('y + z', g, {'z': 3}), sorted(k for k in g if k != '__builtins__'))
exec('w = 7\nprint("in exec", w)')
print(w)
ns = {}
exec('def sq(n):\n    return n * n\nr = sq(9)', ns)
print(ns['r'], ns['sq'](3))
l = {}
exec('a = 1\nb = a + 1', {}, l)
print(sorted(l.items()))
code = compile('3 + 4', '<expr>', 'eval')
print(eval(code), type(code).__name__)
c2 = compile('for i in range(3): print(i, end=" ")\nprint()', 'prog', 'exec')
exec(c2)
def g2():
    exec('q = 5')
    try:
        print(q)
    except NameError as e:
        print('NameError', e)
g2()
class A:
    x = None
    y = x
print(A.y)
for src in ['x = 1', 'a b', 'y += 2']:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, e, e.msg, e.lineno, e.offset)
try:
    exec('return 5')
except SyntaxError as e:
    print(e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    eval('undefined_name')
except NameError as e:
    print(e)
