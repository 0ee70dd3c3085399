import json

payload = '{"user": "ann", "items": [1, 2,, 3]}'
print(json.loads('{"ok": true}'))
json.loads(payload)
