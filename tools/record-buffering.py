#!/usr/bin/env python3
"""Record CPython's stdout for the buffering tests (test/python/buffering/*.py).

Each program runs three ways, as forkscope's --buffering modes model them:
  unbuffered  PYTHONUNBUFFERED=1, stdout a pipe
  block       stdout a pipe (fully buffered)
  line        stdout a terminal (a pseudo-terminal; line buffered)
and `<name>.expected.json` gets {mode: stdout}. Usage: python3 tools/record-buffering.py
"""
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

DIR = Path(__file__).resolve().parent.parent / "test" / "python" / "buffering"
ENV = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
       "TZ": "UTC", "PYTHONHASHSEED": "0"}


def run_pipe(prog, unbuffered):
    env = dict(ENV, **({"PYTHONUNBUFFERED": "1"} if unbuffered else {}))
    r = subprocess.run(["python3", prog.name], cwd=prog.parent, env=env, capture_output=True, timeout=20)
    return r.stdout.decode()


def run_tty(prog):
    out = bytearray()
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(prog.parent)
        os.execvpe("python3", ["python3", prog.name], ENV)
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    # the terminal turns each \n into \r\n
    return out.decode().replace("\r\n", "\n")


for prog in sorted(DIR.glob("*.py")):
    result = {"unbuffered": run_pipe(prog, True), "block": run_pipe(prog, False), "line": run_tty(prog)}
    with open(prog.with_suffix(".expected.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(prog.name, json.dumps(result, ensure_ascii=False))
