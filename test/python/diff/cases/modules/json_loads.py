import json

for s in ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}', '  [1 , 2 ]  ', '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"',
          '123456789012345678901234567890', '-0', '0.1', '1E+2', '1e400', 'NaN', '-Infinity', '{"a": 1, "a": 2}', '[]', '{}', '""']:
    v = json.loads(s)
    print(repr(v), type(v).__name__)
for s in ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{1:2}', '"abc',
          '"a\x01"', '"\\x"', '"\\u12"', '[1] x', 'tru', 'nul', '01', '1.', '.5', '-', '[', ']', '{"a":1}}', '"\t"',
          '[1,\n2,\n3x]', '{"a":[1,{"b":}]}', '\ufeff[]', '"\\ud800"', "{'a': 1}"]:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": 2}')), json.loads('"\\u00e9"'))
print(json.loads('[1.0, 2]', parse_float=str), json.loads('[1, 2]', parse_int=float), json.loads('[NaN]', parse_constant=str))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder().raw_decode('[1] tail'), json.decoder.JSONDecoder is json.JSONDecoder)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
try:
    json.loads(5)
except TypeError as e:
    print(e)
