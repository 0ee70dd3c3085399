"""Shared helpers for the vector generators.

Floats travel as their 16-hex-digit IEEE bit pattern (exact, no parsing
questions); ints as decimal strings (exact at any size). Run each generator
with CPython 3.11: `python3 test/python/lib/gen/<name>.py` writes
`test/python/lib/vectors/<name>.json`.
"""
import json, os, struct, sys

assert sys.version_info[:2] == (3, 11), "vectors must come from CPython 3.11"

VEC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'vectors')


def fbits(x: float) -> str:
    return struct.pack('>d', x).hex()


def enc(v):
    """Tagged encoding of a Python value for the JSON vectors."""
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return {'i': str(v)}
        finally:
            sys.set_int_max_str_digits(old)
    if isinstance(v, float):
        return {'f': fbits(v)}
    if isinstance(v, str):
        return {'s': v}
    if v is None:
        return None
    if isinstance(v, (list, tuple)):
        return {'l': [enc(x) for x in v]}
    raise TypeError(type(v))


def outcome(fn):
    """Run fn(); return {'ok': enc(result)} or {'err': [type, message]}."""
    try:
        return {'ok': enc(fn())}
    except Exception as e:  # noqa: BLE001
        return {'err': [type(e).__name__, str(e)]}


def write(name: str, data) -> None:
    path = os.path.join(VEC_DIR, name + '.json')
    try:
        text = json.dumps(data, ensure_ascii=False, indent=0, separators=(',', ':'))
        text.encode('utf-8')
    except UnicodeEncodeError:  # lone surrogates: only escaped JSON can carry them
        text = json.dumps(data, ensure_ascii=True, indent=0, separators=(',', ':'))
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text + '\n')
    n = len(data) if isinstance(data, list) else sum(len(v) for v in data.values())
    print(f'{name}: {n} vectors -> {path}')


def interesting_floats(rng):
    base = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375,
            1e16, 1e15, 9999999999999998.0, 1e17, 1e22, 1e21, 1e23, 1e-4, 1e-5, 1e-7,
            1.5e-7, 0.0001, 0.00012345, 123456789012345.0, 1234567890123456.0,
            12345678901234567.0, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
            float('inf'), float('-inf'), float('nan'), 3.141592653589793, 2.718281828459045,
            1/3, 2/3, 100.0, 1e100, 1e-100, 123.456, 0.5e-4, 9.5, 0.95, 0.095, 99.5, 999.5,
            0.05, 0.15, 0.25, 0.35, 0.45, 1.25, 1.35, 1e300, 4.35, 2.0**53, 2.0**53 + 2,
            2.0**63, 2.0**64, 1e-320, 7.0, -7.5, 0.001, 1234.5, 12345.6789, 1e5, 1e6, 1e7,
            999999.5, 9999995.0, 0.0000999995, 8.5, 0.0625, 1e-10, 6.02214076e23]
    out = list(base) + [-x for x in base if x == x and x != 0]
    for _ in range(150):
        out.append(rng.uniform(-1000, 1000))
    for _ in range(150):
        m = rng.random() * 10
        out.append(m * 10.0 ** rng.randint(-30, 30) * rng.choice([1, -1]))
    for _ in range(60):
        out.append(struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0])
    for _ in range(60):
        # exact ties at some decimal position
        out.append(rng.randint(0, 10**6) / 2 ** rng.randint(1, 12))
    return out


def arg_enc(v):
    """Argument encoding for percent vectors: tuples, lists, dicts, None kept apart."""
    if v is None:
        return {'none': True}
    if isinstance(v, bool):
        return {'b': v}
    if isinstance(v, int):
        return enc(v)
    if isinstance(v, float):
        return {'f': fbits(v)}
    if isinstance(v, str):
        return {'s': v}
    if isinstance(v, tuple):
        return {'t': [arg_enc(x) for x in v]}
    if isinstance(v, list):
        return {'l': [arg_enc(x) for x in v]}
    if isinstance(v, dict):
        return {'d': [[k, arg_enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))
