# Source nested deeper than CPython compiles, given to eval/exec/compile: RecursionError
# (CPython: symtable.c, "maximum recursion depth exceeded during compilation").
def attempt(what, src):
    try:
        r = eval(src)
        print(what, 'ok', r)
    except RecursionError as e:
        print(what, type(e).__name__, e)
    except SyntaxError as e:
        print(what, type(e).__name__, e.msg)

attempt('sum 2000', '+'.join(['1'] * 2000))
attempt('sum 100000', '+'.join(['1'] * 100000))
attempt('unary 2000', '-' * 2000 + '1')
attempt('not 2000', 'not ' * 2000 + '1')
attempt('calls 50000', '(lambda: None)' + '()' * 50000)
attempt('attributes 50000', 'x' + '.y' * 50000)
attempt('parens 200', '(' * 200 + '1' + ')' * 200)
attempt('parens 199', '(' * 199 + '1' + ')' * 199)
for src in ['if 1:\n        a = 1\n\tb = 2\n', 'x = 1\r\ny = 2\r\n', '\ufeffx = 1\n', 'a\u20ac = 1\n']:
    try:
        exec(compile(src, 'snippet', 'exec'), {})
        print(repr(src[:12]), 'ok')
    except SyntaxError as e:
        print(repr(src[:12]), type(e).__name__, e.msg, e.lineno)
