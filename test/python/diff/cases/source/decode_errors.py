# bytes.decode's UnicodeDecodeError names the bytes and the reason as CPython's codec does.
for data in [b'ab\xe9cd', b'\xff', b'ok\xe2\x82', b'\xe2\x28\xa1', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'x\xc0\xaf', b'\xf4\x90\x80\x80', b'caf\xc3\xa9']:
    try:
        print(repr(data.decode()))
    except UnicodeDecodeError as e:
        print(e)
