# uuid, secrets, importlib, random.randbytes/SystemRandom, os.urandom: what is deterministic matches CPython exactly
import copy
import importlib
import os
import pickle
import random
import secrets
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), u.version, u.variant, u.fields, u.urn, u.bytes_le, u.int, u.time, u.clock_seq, u.node, u.hex)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'x'),
      uuid.uuid3(uuid.NAMESPACE_X500, 'cn=a').version)
print(uuid.UUID(int=5), uuid.UUID(bytes=b'a' * 16), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)),
      uuid.UUID('{12345678123456781234567812345678}'), uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678') == u,
      uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=1, version=4))
for kw in [dict(hex='xyz'), {}, dict(int=-1), dict(bytes=b'x'), dict(bytes_le=b'x'), dict(fields=(1, 2)),
           dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(int=1, version=9), dict(hex='g' * 32)]:
    try:
        uuid.UUID(**kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), u4 != uuid.uuid4())
u1 = uuid.uuid1()
u1b = uuid.uuid1()
print(u1.version, u1.variant, u1.is_safe, u1b.time > u1.time, u1.node == uuid.getnode(), uuid.getnode() >> 40 & 1,
      uuid.uuid1(node=7, clock_seq=9).clock_seq, uuid.uuid1(node=7).node)
print(u < uuid.UUID(int=2 ** 127), u == uuid.UUID(str(u)), hash(u) == hash(u.int), int(u) == u.int, u != 5,
      sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
try:
    u.x = 1
except TypeError as e:
    print(e)
print(pickle.loads(pickle.dumps(u)) == u, copy.deepcopy(u) == u, uuid.SafeUUID.safe, uuid.SafeUUID(None))

t = secrets.token_hex(8)
print(len(t), all(c in '0123456789abcdef' for c in t), len(secrets.token_bytes()), len(secrets.token_urlsafe(9)),
      secrets.token_hex() != secrets.token_hex(), 0 <= secrets.randbelow(10) < 10, secrets.choice('abc') in 'abc',
      secrets.randbits(4) < 16, secrets.compare_digest('a', 'a'), secrets.compare_digest(b'a', b'b'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
r = random.Random(5)
print(r.randbytes(5), r.randbytes(0), r.randbytes(9))
random.seed(3)
print(random.randbytes(3))
try:
    random.randbytes(-1)
except ValueError as e:
    print(e)
s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), s.seed(1), 0 <= s.random() < 1, s.randint(1, 3) in (1, 2, 3))
for name in ('getstate', 'setstate'):
    try:
        getattr(s, name)(*([] if name == 'getstate' else [None]))
    except NotImplementedError as e:
        print(name, e)
b = os.urandom(16)
print(len(b), type(b).__name__, os.urandom(16) != b, os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(e)
json = importlib.import_module('json')
print(json.dumps([1]), importlib.import_module('collections.abc').__name__, importlib.import_module('os.path') is os.path)
for args in [('nope_module',), ('.x',), ('',)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
