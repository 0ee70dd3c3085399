# Hashing in worker processes, as tutorials do: hashlib and hmac — digests by name and constructor, incremental updates, copies, a hash fed in a
# Pool worker per file, pbkdf2, file_digest, and the errors.
import hashlib, hmac, os
import multiprocessing as mp
from multiprocessing import Pool

def digest_of(text):
    return text, hashlib.sha256(text.encode()).hexdigest()[:16]

if __name__ == '__main__':
    mp.set_start_method(os.environ.get('FORKSCOPE_START_METHOD', 'fork'))
    for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
        h = hashlib.new(name, b'hello')
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:24])
    h = hashlib.md5()
    h.update(b'hel'); c = h.copy(); h.update(b'lo')
    print(h.hexdigest() == hashlib.md5(b'hello').hexdigest(), c.hexdigest() == hashlib.md5(b'hel').hexdigest(), len(h.digest()))
    print(hashlib.sha256(bytearray(b'x') + memoryview(b'y')).hexdigest()[:12])
    with Pool(2) as p:
        print(p.map(digest_of, ['a', 'bb', 'ccc']))
    print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex()[:32], len(hashlib.pbkdf2_hmac('sha1', b'p', b's', 2, dklen=10)))
    os.mkdir('q11'); open('q11/f.bin', 'wb').write(b'data' * 1000)
    with open('q11/f.bin', 'rb') as f:
        print(hashlib.file_digest(f, 'sha1').hexdigest())
    os.remove('q11/f.bin'); os.rmdir('q11')
    m = hmac.new(b'key', b'msg', hashlib.sha256)
    print(m.name, m.digest_size, m.hexdigest()[:20], hmac.digest(b'key', b'msg', 'md5').hex()[:20])
    m2 = hmac.new(b'key', digestmod='sha1'); m2.update(b'msg'); print(m2.hexdigest())
    print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), 'sha256' in hashlib.algorithms_guaranteed)
    for bad in (lambda: hashlib.new('nope'), lambda: hashlib.md5('text'), lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5')):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
