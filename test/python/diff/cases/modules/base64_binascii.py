# base64 (b64 with validate and altchars, urlsafe, b32, b32hex, b16, encodebytes) and binascii (hex with sep, base64's lenient and strict rules, crc32); bytes/bytearray/memoryview.hex(sep, bytes_per_sep).
import base64, binascii
for s in ['aGVsbG8=', 'aGVs bG8=', 'aGVsbG8', 'aGVsbG8==', 'a', 'ab==', 'abc=', '!!aGVsbG8=', '', '=aGVs', 'aGVsbG8=x']:
    for v in (False, True):
        try:
            print(repr(s), v, base64.b64decode(s, validate=v))
        except Exception as e:
            print(repr(s), v, type(e).__module__, type(e).__name__, e)
data = bytes(range(256)) * 2
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode), (base64.b32hexencode, base64.b32hexdecode), (base64.encodebytes, base64.decodebytes)]:
    for n in (0, 1, 2, 3, 4, 5, 6, 7, 57, 58, 512):
        e = enc(data[:n])
        assert dec(e) == data[:n], (enc.__name__, n)
    print(enc.__name__, enc(b'hi!?')[:40], len(enc(data)))
print(base64.b64encode(b'\xff\xfe', altchars=b'-_'), base64.b32decode('nbuq====', casefold=True), base64.b32decode('NBU1====', map01='L'), base64.b16decode('6869'), base64.b16decode('6a6b', casefold=True))
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.unhexlify('01ab'), binascii.b2a_base64(b'xy'), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
for bad in [lambda: base64.b64encode('str'), lambda: base64.b16decode('zz'), lambda: base64.b16decode('6a'), lambda: base64.b32decode('NBUQ'), lambda: base64.b32decode('NB!Q===='), lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: base64.b64decode('héllo')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
print(b'\x01\x02\x03\x04\x05'.hex(':'), b'\x01\x02\x03\x04\x05'.hex(':', 2), bytearray(b'\x01\x02\x03\x04\x05').hex(':', -2), memoryview(b'\x01\x02\x03').hex(b'-'), b''.hex(':'))
for bad in [lambda: b'ab'.hex('::'), lambda: b'ab'.hex(5), lambda: b'ab'.hex('é')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
