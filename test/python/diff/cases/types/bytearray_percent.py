# bytearray % args formats as bytes % does (PEP 461) and gives a bytearray.
ba = bytearray(b'%d-%s|%5.2f|%x|%c|%%')
r = ba % (5, b'x', 3.14159, 255, 65)
print(type(r).__name__, r)
print(bytearray(b'%r %a') % (bytearray(b'a'), 'é'))
print(bytearray(b'%b and %s') % (bytearray(b'q'), memoryview(b'mv') if False else b'bb'))
print(bytearray(b'%(k)s=%(v)d') % {b'k': b'key', b'v': 7})
print(b'%b' % bytearray(b'from a bytearray'))
for bad in [(bytearray(b'%d'), 'x'), (bytearray(b'%s'), 'text'), (bytearray(b'%d %d'), (1,)), (bytearray(b'%d'), (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ba)  # unchanged
# bytearray's repr escapes ' even between double quotes; bytes' does not.
for d in [b"it's", b'say "hi"', b'both \' and "', b'back\\slash']:
    print(repr(d), repr(bytearray(d)))
