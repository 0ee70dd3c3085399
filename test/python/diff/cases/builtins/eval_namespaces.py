counter = 0


def bump(n):
    global counter
    counter += n
    return counter


ns = {'bump': bump, 'items': [3, 1, 2]}
print(eval('sorted(items)', ns), eval('bump(5)', ns), counter)
exec('total = sum(items)\nitems.append(total)', ns)
print(ns['total'], ns['items'], '__builtins__' in ns)
g = {}
exec('import math\nr = math.sqrt(16)\ndef twice(x):\n    return 2 * x\n', g)
print(g['r'], g['twice'](21), sorted(k for k in g if not k.startswith('__')))
l = {}
exec('a = 1\nb = a + 1\nc = [a, b]', {}, l)
print(sorted(l.items()))
exec('x = 5', globals())
print(x)


def scope():
    local_var = 10
    print(eval('local_var * 2'), 'local_var' in eval('locals()'), eval('counter'))
    exec('local_var = 99')
    print(local_var)


scope()
code = compile('a * b', '<calc>', 'eval')
print(eval(code, {'a': 6, 'b': 7}), eval(code, {}, {'a': 2, 'b': 3}), code.co_filename if hasattr(code, 'co_filename') else '<calc>')
prog = compile('for i in range(3):\n    out.append(i * i)\n', 'loop.py', 'exec')
out = []
exec(prog)
exec(prog, {'out': out})
print(out)
print(eval('  1 + 1'), eval('(lambda y: y ** 2)(9)'), eval('[c for c in "abc"]'), eval("{'k': None}"))
exec('class K:\n    v = None\n    w = v\nprint(K.w, K.__name__)')
try:
    exec('raise ValueError("from exec")')
except ValueError as e:
    print('caught', e)
try:
    eval('undefined_name + 1', {})
except NameError as e:
    print(e)
for bad in [lambda: eval(5), lambda: exec(None), lambda: compile('1', 'f', 'bogus'), lambda: eval('1', [])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
