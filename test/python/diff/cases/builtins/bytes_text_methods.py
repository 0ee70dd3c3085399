# The str-like methods of bytes and bytearray, with ASCII-only letters, case and whitespace.
data = [b'  Hello World\t\n', b'a,b,,c', b'\x85caf\xc3\xa9\xa0 ', bytearray(b'line1\nline2\r\nline3\x0bx\x0cy\x1cz'), b'hello world foo', b'-42', b'tab\there']
for d in data:
    print(repr(d.strip()), repr(d.lstrip()), repr(d.rstrip()), d.split(), d.split(b','), d.rsplit(None, 1), d.splitlines(), d.splitlines(True))
    print(d.upper(), d.lower(), d.title(), d.capitalize(), d.swapcase(), d.isalpha(), d.isalnum(), d.isdigit(), d.isspace(), d.islower(), d.isupper(), d.istitle(), d.isascii())
    print(d.center(20, b'*'), d.ljust(18), d.rjust(18, b'.'), d.zfill(12), d.expandtabs(4), d.partition(b'o'), d.rpartition(b'o'))
    print(d.find(b'o'), d.find(111), d.rfind(b'o', 2), d.count(b'l'), d.count(b'l', 3, 9), d.replace(b'l', b'L', 1), d.removeprefix(b'he'), d.removesuffix(b'oo'), d.strip(b' \tH'))
    print(d.translate(None, b'aeiou'), d.translate(bytes.maketrans(b'abc', b'xyz')), type(d.upper()).__name__, type(d.split()[0]).__name__ if d.split() else None)
for bad in [lambda: b'abc'.index(b'z'), lambda: b'abc'.split(b''), lambda: b'abc'.strip('a'), lambda: b'abc'.find('a'), lambda: b'abc'.center(9, b'ab'), lambda: b'abc'.center(9, 'a'), lambda: b'abc'.find(300), lambda: bytes.maketrans(b'ab', b'a'), lambda: b'x'.translate(b'ab'), lambda: bytearray(b'a').rindex(b'q')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b'a b  c'.split(maxsplit=1), b'a-b-c'.rsplit(b'-', maxsplit=1), b'x'.ljust(3, bytearray(b'!')))
