import json
import os

os.makedirs('json_files_dir', exist_ok=True)
path = os.path.join('json_files_dir', 'data.json')
config = {'workers': 4, 'names': ['a', 'b'], 'limits': {'cpu': 0.5, 'mem': None}}
with open(path, 'w') as f:
    json.dump(config, f, indent=2)
with open(path) as f:
    text = f.read()
print(text)
with open(path) as f:
    loaded = json.load(f)
print(loaded == config, loaded)
records = [{'id': i, 'sq': i * i} for i in range(3)]
with open(path, 'w') as f:
    for r in records:
        f.write(json.dumps(r) + '\n')
with open(path) as f:
    print([json.loads(line)['sq'] for line in f])
with open(path, 'w') as f:
    f.write('{"broken": ')
try:
    with open(path) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print('bad file:', e)
os.remove(path)
os.rmdir('json_files_dir')
