# int.to_bytes/from_bytes and a negative float to a fractional power (a complex result), as CPython.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

t('a', lambda: (10).to_bytes(2, 'big'))
t('b', lambda: (1024).to_bytes(2, byteorder='little'))
t('c', lambda: (-1).to_bytes(2, 'big', signed=True))
t('d', lambda: (255).to_bytes())
t('e', lambda: (256).to_bytes(1, 'big'))
t('f', lambda: (-5).to_bytes(2, 'big'))
t('g', lambda: (5).to_bytes(2, 'middle'))
t('h', lambda: (0).to_bytes(0, 'big'))
t('i', lambda: (128).to_bytes(1, 'big', signed=True))
t('j', lambda: int.from_bytes(b'\x01\x00', 'little'))
t('k', lambda: int.from_bytes(b'\xff\xfe', 'big', signed=True))
t('l', lambda: int.from_bytes(b'\x00' * 3 + b'\x01' * 10))
t('m', lambda: int.from_bytes(b''))
t('n', lambda: bool.from_bytes(b'\x01', 'big'))
t('o', lambda: (2 ** 70).to_bytes(9, 'big'))
t('p', lambda: (-8) ** (1 / 3))
t('q', lambda: (-2.0) ** 0.5)
t('r', lambda: pow(-27, 1 / 3))
t('s', lambda: 0.0 ** -1.5)
