# bytes % args (PEP 461): %d %x %f, %s and %b of bytes-like objects, %r and %a as ascii(), and the errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


t('a', lambda: b'%d-%s' % (5, b'x'))
t('b', lambda: b'%05.2f|%x|%-4d|' % (3.14159, 255, 7))
t('c', lambda: b'%b and %s' % (b'one', bytearray(b'two')))
t('d', lambda: b'%r %a' % ('h\xe9', b'q'))
t('e', lambda: b'%s' % 'text')
t('f', lambda: b'%(k)s=%(v)d' % {b'k': b'key', b'v': 3} if False else b'100%%')
t('g', lambda: b'%s' % (b'a', b'b'))
t('h', lambda: b'%d' % 'x')
t('i', lambda: b'%5s|%-5b|' % (b'ab', b'cd'))
