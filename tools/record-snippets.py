#!/usr/bin/env python3
"""Records what CPython prints for the unit-test snippets (test/python/unit/snippets/*.py).

Each file is split at lines '# --- <name>' into sections; each section runs alone as
prog.py with a fresh empty directory as its cwd (shown as /home/user), with <file>.stdin as stdin
when present. The results go to <file>.expected.json: {name: {stdout, stderr_last, status}}.

    python3 tools/record-snippets.py
"""
import json, os, pathlib, re, subprocess, sys, tempfile

HERE = pathlib.Path(__file__).resolve().parent.parent / 'test' / 'python' / 'unit' / 'snippets'

def sections(text):
    out, name, lines = {}, None, []
    for line in text.split('\n'):
        m = re.match(r'^# --- (.+)$', line)
        if m:
            if name is not None:
                out[name] = '\n'.join(lines) + '\n'
            name, lines = m.group(1).strip(), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        out[name] = '\n'.join(lines) + '\n'
    return out

def main():
    for py in sorted(HERE.glob('*.py')):
        stdin_path = py.with_suffix('.stdin')
        stdin = stdin_path.read_text() if stdin_path.exists() else ''
        result = {}
        for name, src in sections(py.read_text()).items():
            with tempfile.TemporaryDirectory() as d, tempfile.TemporaryDirectory() as src_dir:
                d = os.path.realpath(d)
                prog = pathlib.Path(os.path.realpath(src_dir)) / 'prog.py'
                prog.write_text(src)
                env = {'HOME': '/home/user', 'USER': 'user', 'PATH': '/usr/local/bin:/usr/bin:/bin', 'LANG': 'C.UTF-8', 'TZ': 'UTC', 'PYTHONHASHSEED': '0'}
                # The program lives elsewhere: the simulated directory starts empty.
                p = subprocess.run([sys.executable, str(prog)], cwd=d, input=stdin, capture_output=True, text=True, env=env)
                fix = lambda s: s.replace(str(prog), 'prog.py').replace(d, '/home/user')
                err = fix(p.stderr).rstrip('\n').split('\n')
                result[name] = {'stdout': fix(p.stdout), 'stderr_last': err[-1] if err else '', 'status': p.returncode}
        py.with_suffix('.expected.json').write_text(json.dumps(result, indent=1, ensure_ascii=False) + '\n')
        print(py.name, len(result), 'sections')

main()
