#!/usr/bin/env python3
"""Record what real CPython does with every documents' scenario (scenarios/docs/**/*.py).

Usage
-----
    python3 test/docs/record.py                  # record every scenario, fork and spawn
    python3 test/docs/record.py -k pool/         # only scenarios whose path contains 'pool/'
    python3 test/docs/record.py --method spawn   # one start method only
    python3 test/docs/record.py -j 1             # one run at a time (default 2)
    python3 test/docs/record.py --list           # print the plan (options, timeouts), run nothing
    python3 test/docs/record.py --repeat 8 -k three-workers   # 8 runs each, into cpython-variety/

Each scenario runs twice under the python3 on PATH (CPython 3.11.7 here):

* fork  — as is: `python3 <name>.py`. Linux's default start method, the closest thing to
          forkscope's `--platform linux`.
* spawn — through a wrapper that calls multiprocessing.set_start_method('spawn', force=True)
          and then runpy.run_path(<name>.py, run_name='__main__'): the closest thing to
          `--platform windows` on this machine. It is *not* Windows: os.fork still exists,
          sys.platform is 'linux', pids are not multiples of 4, a resource-tracker process
          runs beside the program, signals are real signals, and tracebacks of the main
          process start with the wrapper's and runpy's frames.

How a run is set up (the conditions forkscope models)
-----------------------------------------------------
* A fresh temporary root R; the program is written to R/home/user/<name>.py and runs with
  cwd R/home/user, as forkscope runs it as /home/user/<name>.py with cwd /home/user.
* The header's `# file /home/user/...: text` lines are created under R (directories too);
  `# stdin: text` is fed to stdin (otherwise /dev/null). `\\n`, `\\t`, `\\\\` are unescaped as
  the scenario loader does.
* Environment: exactly PATH, HOME=R/home/user, LANG=LC_ALL=C.UTF-8, TZ=UTC,
  PYTHONHASHSEED=0, PYTHONUNBUFFERED=1 (every print reaches the pipe at once, as writes
  reach forkscope's terminal; without it the output of each process would come in one
  block when it exits).
* The program runs in its own session; at the end (normal or not) the whole process group
  is killed, so daemons, orphans and pool workers left behind do not linger.
* nslookup: where none is installed (as on the recording machine), a stand-in that answers
  like forkscope's virtual nslookup on linux (BIND format, the DNS table of
  src/scenario/commands.ts) is put first on PATH, so the subprocess plumbing (call()'s child
  writing to the shared stdout, communicate()) is still exercised. The record says so.
* Network: none here. urlopen() fails name resolution (URLError); the record says so.
* Timeout (wall clock). The run corresponds to forkscope options: the header's `# options:`
  with the `# variant` of the other platform layered on when the canonical platform is not
  the run's (spawn ~ windows, fork ~ linux). If those options set --max-time, the timeout is
  that time, capped at 20 s (virtual time is free, real sleeps are not). Otherwise the
  program is expected to end by itself and gets forkscope's default budget, 60 s. On
  timeout the process group is killed with SIGKILL and `timed_out` is true.

Recorded result: test/docs/cpython/<topic>/<name>.<fork|spawn>.json
---------------------------------------------------------------------
    {"stdout": ..., "stderr": ..., "status": ..., "timed_out": ..., "seconds": ...,
     "method": "fork"|"spawn", "timeout": <seconds allowed>, "notes": [...]}

* stdout/stderr decoded as UTF-8 (undecodable bytes become U+FFFD). The temporary root R is
  replaced by "" everywhere, so paths read /home/user/<name>.py as in forkscope; nothing
  else is normalised (pids, times and interleavings are whatever this run produced).
* status: the main process's exit status, or -N when it died of signal N (-9: killed by the
  timeout).
* seconds: wall-clock time from start to the end of the last output.
* notes: facts of the recording that a reader must know (nslookup stand-in, no network,
  stderr shortened). stderr longer than 16000 characters (the endless tracebacks of an
  unguarded Pool under spawn) keeps its first 12000 and last 4000 characters around a line
  saying how much was left out and how many tracebacks there were in all.

These runs are not deterministic: they are reference material for what CPython does, and a
check that every scenario parses and starts under CPython 3.11.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SCENARIOS = REPO / "scenarios" / "docs"
OUT = HERE / "cpython"
VARIETY = HERE / "cpython-variety"
HOME = "/home/user"
METHODS = ("fork", "spawn")
PLATFORM_OF = {"fork": "linux", "spawn": "windows"}
CAP = 20.0          # seconds, for programs that never end (their header sets --max-time)
DEFAULT_BUDGET = 60.0  # forkscope's default --max-time, for programs that end by themselves

STDERR_LIMIT = (12000, 4000)

# Answers like forkscope's virtual nslookup on linux (src/scenario/commands.ts).
NSLOOKUP = r"""#!PYTHON
# forkscope docs recorder: stand-in for nslookup, which is not installed here.
import sys
DNS = {
    'www.python.org': dict(canonical='dualstack.python.map.fastly.net', a=['151.101.108.223'], aaaa=['2a04:4e42:36::223']),
    'python.org': dict(a=['151.101.0.223'], aaaa=['2a04:4e42::223'], mx=(50, 'mail.python.org')),
    'mail.python.org': dict(a=['82.94.164.166'], aaaa=['2001:888:2000:d::a6']),
}
def lookup(host, qtype):
    rec = DNS.get(host.rstrip('.'))
    out = 'Server:\t\t192.168.19.4\nAddress:\t192.168.19.4#53\n\n'
    if rec is None:
        return out + "** server can't find %s: NXDOMAIN\n\n" % host, 1
    out += 'Non-authoritative answer:\n'
    if qtype == 'mx' and 'mx' in rec:
        pref, mx = rec['mx']
        out += '%s\tmail exchanger = %d %s.\n\nAuthoritative answers can be found from:\n' % (host, pref, mx)
        out += ''.join('%s\tinternet address = %s\n' % (mx, a) for a in DNS[mx]['a'])
        out += ''.join('%s\thas AAAA address %s\n' % (mx, a) for a in DNS[mx]['aaaa'])
        return out + '\n', 0
    if 'canonical' in rec:
        out += '%s\tcanonical name = %s.\n' % (host, rec['canonical'])
    name = rec.get('canonical', host)
    out += ''.join('Name:\t%s\nAddress: %s\n' % (name, a) for a in rec['a'] + rec['aaaa'])
    return out + '\n', 0
if len(sys.argv) > 1:
    text, status = lookup(sys.argv[1], 'a')
    sys.stdout.write(text)
    sys.exit(status)
qtype = 'a'
for line in sys.stdin.read().split('\n'):
    line = line.strip()
    if not line or line == 'exit':
        continue
    if line.lower().startswith('set ') and '=' in line:
        qtype = line.split('=', 1)[1].strip().lower()
    else:
        sys.stdout.write(lookup(line, qtype)[0])
"""

WRAPPER = """\
# forkscope docs recorder: run a script as __main__ with the spawn start method.
import multiprocessing, os, runpy, sys
multiprocessing.set_start_method('spawn', force=True)
_path = os.path.abspath(sys.argv[1])
sys.argv = sys.argv[1:]
# keep the script's globals alive until exit, as when it runs as the real __main__
_globals = runpy.run_path(_path, run_name='__main__')
"""

HEADER_LINE = re.compile(
    r"^#\s*(forkscope|source|shows|changed|options|variant\s+[\w-]+|stdin|file\s+\S+?):\s?(.*)$")


def unescape(text):
    return re.sub(r"\\(n|t|\\)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}[m.group(1)], text)


def parse_header(source):
    """The header as the scenario loader reads it (src/scenario/python.ts)."""
    h = {"options": [], "variants": {}, "stdin": "", "files": {}}
    for line in source.split("\n"):
        m = HEADER_LINE.match(line)
        if not m:
            if line.startswith("#") or line.strip() == "":
                continue
            break
        key, value = m.group(1), m.group(2)
        if key == "options":
            h["options"] = value.split()
        elif key.startswith("variant"):
            h["variants"][key.split()[1]] = value.split()
        elif key == "stdin":
            h["stdin"] += unescape(value)
        elif key.startswith("file"):
            h["files"][key.split()[1]] = unescape(value)
        else:
            h[key] = value.strip()
    return h


def option_map(words):
    out = {}
    for i in range(0, len(words) - 1, 2):
        out[words[i]] = words[i + 1]
    return out


def run_options(h, method):
    """The forkscope options a run under `method` corresponds to."""
    opts = option_map(h["options"])
    want = PLATFORM_OF[method]
    if opts.get("--platform", "linux") != want:
        for words in h["variants"].values():
            v = option_map(words)
            if v.get("--platform") == want:
                opts.update(v)
                break
        else:
            opts["--platform"] = want
    return opts


def seconds_of(duration):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(ns|us|ms|s|m)?", duration)
    if not m:
        raise SystemExit(f"cannot read the duration {duration!r}")
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, None: 1e-9}[m.group(2)]
    return float(m.group(1)) * scale


def timeout_for(opts):
    if "--max-time" in opts:
        return min(seconds_of(opts["--max-time"]), CAP)
    return DEFAULT_BUDGET


def shorten(stderr):
    head, tail = STDERR_LIMIT
    if len(stderr) <= head + tail:
        return stderr, None
    left_out = len(stderr) - head - tail
    tracebacks = stderr.count("Traceback (most recent call last):")
    note = (f"stderr shortened: {len(stderr)} characters and {tracebacks} tracebacks in all; "
            f"the first {head} and the last {tail} characters are kept")
    return (stderr[:head] + f"\n[... forkscope docs recorder: {left_out} characters left out ...]\n"
            + stderr[-tail:]), note


def run(program, method, header, timeout):
    root = Path(tempfile.mkdtemp(prefix="forkscope-docs-"))
    source = program.read_text(encoding="utf-8")
    notes = []
    try:
        home = root / HOME.lstrip("/")
        home.mkdir(parents=True)
        script = home / program.name
        shutil.copyfile(program, script)
        for path, text in header["files"].items():
            if not path.startswith(HOME + "/"):
                raise SystemExit(f"{program}: file {path} is not under {HOME}")
            target = root / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if method == "spawn":
            wrapper = root / "forkscope-spawn-wrapper.py"
            wrapper.write_text(WRAPPER, encoding="utf-8")
            argv = [sys.executable, str(wrapper), str(script)]
        else:
            argv = [sys.executable, program.name]
        path = os.environ.get("PATH", "/usr/bin:/bin")
        if "nslookup" in source and not shutil.which("nslookup"):
            bin_dir = root / "bin"
            bin_dir.mkdir()
            stub = bin_dir / "nslookup"
            stub.write_text(NSLOOKUP.replace("PYTHON", sys.executable, 1), encoding="utf-8")
            stub.chmod(0o755)
            path = f"{bin_dir}{os.pathsep}{path}"
            notes.append("nslookup is not installed on the recording machine: a stand-in answered "
                         "as forkscope's virtual nslookup does on linux (BIND format)")
        if "urlopen" in source:
            notes.append("the recording machine has no network: name resolution fails, so every "
                         "urlopen() raised URLError")
        env = {
            "PATH": path,
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "PYTHONHASHSEED": "0",
            "PYTHONUNBUFFERED": "1",
        }
        stdin = subprocess.PIPE if header["stdin"] else subprocess.DEVNULL
        started = time.monotonic()
        proc = subprocess.Popen(argv, cwd=home, env=env, stdin=stdin, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
        timed_out = False
        try:
            out, err = proc.communicate(header["stdin"].encode("utf-8") or None, timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            kill_group(proc.pid)
            out, err = proc.communicate()
        finally:
            kill_group(proc.pid)
        seconds = time.monotonic() - started
        strip = lambda b: b.decode("utf-8", errors="replace").replace(str(root), "")
        stderr, note = shorten(strip(err))
        if note:
            notes.append(note)
        return {
            "stdout": strip(out),
            "stderr": stderr,
            "status": proc.returncode,
            "timed_out": timed_out,
            "seconds": round(seconds, 2),
            "method": method,
            "timeout": timeout,
            "notes": notes,
        }
    finally:
        shutil.rmtree(root, ignore_errors=True)


def kill_group(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-k", action="append", default=[], help="only scenarios whose path contains this")
    ap.add_argument("--method", choices=METHODS, action="append", help="only this start method")
    ap.add_argument("-j", type=int, default=2, help="runs in parallel (default 2)")
    ap.add_argument("--list", action="store_true", help="print the plan and run nothing")
    ap.add_argument("--repeat", type=int, default=0,
                    help="run each scenario N times and write the runs to cpython-variety/ instead")
    args = ap.parse_args()
    methods = args.method or list(METHODS)

    jobs = []
    for program in sorted(SCENARIOS.rglob("*.py")):
        rel = program.relative_to(SCENARIOS).as_posix()
        if args.k and not any(k in rel for k in args.k):
            continue
        header = parse_header(program.read_text(encoding="utf-8"))
        for method in methods:
            opts = run_options(header, method)
            out = OUT / rel[:-3]
            jobs.append((program, rel, method, header, opts, timeout_for(opts),
                         out.with_name(f"{out.name}.{method}.json")))
    if args.list:
        for _, rel, method, _, opts, timeout, _ in jobs:
            flags = " ".join(f"{k} {v}" for k, v in opts.items())
            print(f"{rel:50} {method:5} timeout {timeout:4.0f} s   ({flags})")
        return

    if args.repeat > 0:
        record_variety(jobs, args.repeat, args.j)
        return

    def one(job):
        program, rel, method, header, _, timeout, dest = job
        result = run(program, method, header, timeout)
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(dest, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=2)
            f.write("\n")
        how = "timed out" if result["timed_out"] else f"status {result['status']}"
        print(f"{rel:50} {method:5} {how:12} {result['seconds']:6.2f} s", flush=True)

    with ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        for _ in pool.map(one, jobs):
            pass


def record_variety(jobs, repeat, parallel):
    """Runs each job `repeat` times; writes cpython-variety/<topic>/<name>.<method>.json:
    {"method": ..., "runs": [{"stdout", "stderr", "status", "timed_out"}, ...]}, the
    material for how many distinct outputs a racy example has (test/docs/variety.ts)."""
    tasks = [(job, i) for job in jobs for i in range(repeat)]
    results = {}

    def one(task):
        (program, rel, method, header, _, timeout, _), i = task
        r = run(program, method, header, timeout)
        results[(rel, method, i)] = {k: r[k] for k in ("stdout", "stderr", "status", "timed_out")}
        print(f"{rel:50} {method:5} run {i + 1}/{repeat} {r['seconds']:6.2f} s", flush=True)

    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        for _ in pool.map(one, tasks):
            pass
    for program, rel, method, *_ in jobs:
        dest = VARIETY / f"{rel[:-3]}.{method}.json"
        dest.parent.mkdir(parents=True, exist_ok=True)
        runs = [results[(rel, method, i)] for i in range(repeat)]
        with open(dest, "w", encoding="utf-8") as f:
            json.dump({"method": method, "runs": runs}, f, ensure_ascii=False, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
