#!/usr/bin/env python3
"""Record (or check) CPython's behaviour for the differential test corpora.

Usage
-----
    python3 tools/record-cpython.py                      # record both corpora
    python3 tools/record-cpython.py test/python/diff      # record one corpus
    python3 tools/record-cpython.py test/python/mp/diff --check  # re-run, compare with the recorded files
    python3 tools/record-cpython.py --check -k fork/      # only cases whose path contains 'fork/'

Corpora and cases
-----------------
A corpus is a directory with a `cases/` folder: `<corpus>/cases/<topic>/<name>.py`.
Optional `<name>.stdin` next to the program is fed to its stdin (missing file => /dev/null,
so `input()` raises EOFError).

* test/python/diff: every case is run once; the result goes to `<name>.expected.json`.
* test/python/mp/diff: every case is run once per start method, with FORKSCOPE_START_METHOD=fork and
  FORKSCOPE_START_METHOD=spawn; results go to `<name>.fork.expected.json` and
  `<name>.spawn.expected.json`. A first line `# methods: fork` (or `spawn`, or `fork, spawn`)
  restricts the methods.

How a case is run (the TypeScript harness must model the same conditions)
---------------------------------------------------------------------------
* The program file is copied alone into a fresh temporary directory, which is the cwd, and
  run as `python3 <name>.py` (so argv[0] == '<name>.py' and tracebacks say File "<name>.py").
  A multi-file case has a folder `<name>.files/` beside it: its contents are copied next to
  the program (modules it imports, data it reads); the .py files in it are not cases.
* Environment: exactly PATH, HOME, LANG=C.UTF-8, LC_ALL=C.UTF-8, TZ=UTC, PYTHONHASHSEED=0,
  PYTHONUNBUFFERED=1 (every write reaches the terminal at once, as in the simulator), and for
  the mp corpus FORKSCOPE_START_METHOD.
* stdin: the `.stdin` file, or /dev/null.  Timeout: 20 s (a timeout is a corpus bug).
* A program whose first lines hold `# record: stderr` also gets its whole stderr recorded
  (`"stderr"`, normalised, the temporary directory taken out of paths), for behaviour that
  only shows there (unraisable exceptions).
* Up to 8 cases run in parallel.  The case runs in its own session; leftovers are killed.

Recorded result (`*.expected.json`)
-----------------------------------
    {"stdout": <all of stdout>, "stderr_last": <last stderr line>, "status": <exit status>}

* stdout and stderr are decoded as UTF-8 (undecodable bytes -> U+FFFD).
* stderr_last: split stderr on '\\n', drop lines that are empty or only whitespace, take the last
  one, strip its trailing whitespace, take the temporary directory out of paths ("Non-UTF-8 code
  ... in file <name>.py"); "" if there is none.
* status: the exit status of the main process (0..255), or -N if it was killed by signal N.
* Normalisation: the regex rules of `test/diff-normalise.json` (a list of
  {"pattern", "replacement"}) are applied in order, globally, to stdout and to stderr_last.
  Patterns use only syntax common to Python `re` and JavaScript `RegExp` (flag "g");
  replacements are literal text (no group references).  The rules are:
      pid=\\d+            -> pid=N          (Process reprs)
      parent=\\d+         -> parent=N       (Process reprs)
      ' at 0x[0-9a-f]+'   -> ' at 0xADDR'   (addresses in default reprs; hex() output is kept)
      from '[^']*/        -> from '         (absolute script paths in module reprs)
  Programs must not print raw pids, addresses, timings or the temporary directory otherwise.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NORMALISE_FILE = REPO / "test" / "diff-normalise.json"
CORPORA = [REPO / "test" / "python" / "diff", REPO / "test" / "python" / "mp" / "diff"]
METHODS = ("fork", "spawn")
TIMEOUT = 20.0
JOBS = 8


def load_rules():
    with open(NORMALISE_FILE, encoding="utf-8") as f:
        rules = json.load(f)
    return [(re.compile(r["pattern"]), r["replacement"]) for r in rules]


RULES = load_rules()


def normalise(text):
    for pattern, replacement in RULES:
        # a function replacement keeps the replacement literal, as in the TS harness
        text = pattern.sub(lambda _m, r=replacement: r, text)
    return text


def last_stderr_line(stderr):
    lines = [line for line in stderr.split("\n") if line.strip()]
    return lines[-1].rstrip() if lines else ""


def is_mp_corpus(corpus):
    return corpus.resolve() == (REPO / "test" / "python" / "mp" / "diff").resolve()


def records_stderr(program):
    with open(program, encoding="utf-8", errors="replace") as f:
        head = [f.readline() for _ in range(3)]
    return any(re.match(r"#\s*record:\s*stderr\s*$", line) for line in head)


def methods_of(program):
    with open(program, encoding="utf-8", errors="replace") as f:
        first = f.readline().strip()
    m = re.match(r"#\s*methods:\s*(.*)$", first)
    if not m:
        return list(METHODS)
    methods = [x.strip() for x in m.group(1).split(",") if x.strip()]
    bad = [x for x in methods if x not in METHODS]
    if bad or not methods:
        raise SystemExit(f"{program}: bad methods line {first!r}")
    return methods


def jobs_for(corpus, filters):
    """(program, method or None, expected-file) for every case of the corpus."""
    jobs = []
    mp = is_mp_corpus(corpus)
    for program in sorted((corpus / "cases").rglob("*.py")):
        rel = program.relative_to(corpus / "cases").as_posix()
        if ".files/" in rel:
            continue  # a multi-file case's sibling, not a case
        if filters and not any(f in rel for f in filters):
            continue
        stem = program.with_suffix("")
        if mp:
            for method in methods_of(program):
                jobs.append((program, method, Path(f"{stem}.{method}.expected.json")))
        else:
            jobs.append((program, None, Path(f"{stem}.expected.json")))
    return jobs


def run_case(program, method):
    tmp = Path(tempfile.mkdtemp(prefix="forkscope-diff-"))
    try:
        shutil.copy(program, tmp / program.name)
        siblings = program.with_suffix(".files")
        if siblings.is_dir():
            shutil.copytree(siblings, tmp, dirs_exist_ok=True)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TZ": "UTC",
            "PYTHONHASHSEED": "0",
            "PYTHONUNBUFFERED": "1",
        }
        if method:
            env["FORKSCOPE_START_METHOD"] = method
        stdin_file = program.with_suffix(".stdin")
        stdin = open(stdin_file, "rb") if stdin_file.exists() else open(os.devnull, "rb")
        started = time.monotonic()
        with stdin:
            proc = subprocess.Popen(
                ["python3", program.name],
                cwd=tmp, env=env, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                start_new_session=True)
            timed_out = False
            try:
                out, err = proc.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                timed_out = True
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                out, err = proc.communicate()
            finally:
                # orphans/daemons left behind by the case (same session, same process group)
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
        elapsed = time.monotonic() - started
        stdout = out.decode("utf-8", errors="replace")
        stderr = err.decode("utf-8", errors="replace")
        result = {
            "stdout": normalise(stdout),
            # A source file CPython cannot decode is named by its path in the error alone.
            "stderr_last": normalise(last_stderr_line(stderr).replace(f"{tmp}/", "")),
            "status": proc.returncode,
        }
        if records_stderr(program):
            # CPython names the script by its absolute path in tracebacks: keep the file name.
            result["stderr"] = normalise(stderr.replace(f"{tmp}/", ""))
        problems = []
        if timed_out:
            problems.append(f"timed out after {TIMEOUT:.0f} s")
        if str(tmp) in result["stdout"] or str(tmp) in result["stderr_last"]:
            problems.append("output contains the temporary directory")
        return result, problems, elapsed, stderr
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def describe_diff(old, new):
    parts = []
    for key in ("stdout", "stderr_last", "status", "stderr"):
        if old.get(key) != new.get(key):
            if key in ("stdout", "stderr"):
                import difflib
                diff = difflib.unified_diff(
                    str(old.get(key)).splitlines(), str(new.get(key)).splitlines(),
                    "recorded", "now", lineterm="", n=1)
                parts.append(f"    {key}:\n" + "\n".join("      " + d for d in diff))
            else:
                parts.append(f"    {key}: recorded {old.get(key)!r}, now {new.get(key)!r}")
    return "\n".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*", help="test/python/diff and/or test/python/mp/diff (default: both)")
    ap.add_argument("--check", action="store_true", help="re-run and compare, write nothing")
    ap.add_argument("-k", action="append", default=[], help="only cases whose path contains this")
    ap.add_argument("-j", type=int, default=JOBS, help="parallel jobs (default 8)")
    ap.add_argument("-v", action="store_true", help="print stderr of failing/timed-out cases")
    args = ap.parse_args()

    version = subprocess.run(["python3", "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    if version != "3.11.7":
        print(f"warning: python3 is {version}; the corpus was recorded with CPython 3.11.7", file=sys.stderr)
    corpora = [Path(c).resolve() for c in args.corpus] or CORPORA
    jobs = []
    for corpus in corpora:
        if not (corpus / "cases").is_dir():
            raise SystemExit(f"{corpus}: no cases/ directory")
        jobs.extend(jobs_for(corpus, args.k))

    def work(job):
        program, method, expected = job
        return job, run_case(program, method)

    n_diff = n_problem = n_missing = 0
    slow = []
    with ThreadPoolExecutor(max_workers=args.j) as pool:
        for (program, method, expected), (result, problems, elapsed, stderr) in pool.map(work, jobs):
            label = program.relative_to(REPO).as_posix() + (f" [{method}]" if method else "")
            if elapsed > 10:
                slow.append((elapsed, label))
            if problems:
                n_problem += 1
                print(f"PROBLEM {label}: {'; '.join(problems)}")
                if args.v:
                    print(stderr)
            if args.check:
                if not expected.exists():
                    n_missing += 1
                    print(f"MISSING {label}: {expected.name} not recorded")
                    continue
                with open(expected, encoding="utf-8") as f:
                    old = json.load(f)
                if old != result:
                    n_diff += 1
                    print(f"DIFF {label}\n{describe_diff(old, result)}")
            elif not problems:
                with open(expected, "w", encoding="utf-8") as f:
                    json.dump(result, f, indent=1, ensure_ascii=False)
                    f.write("\n")
    if args.check and not args.k:
        expected_files = {str(e) for _, _, e in jobs}
        for corpus in corpora:
            for f in sorted((corpus / "cases").rglob("*.expected.json")):
                if str(f) not in expected_files:
                    n_missing += 1
                    print(f"ORPHAN {f.relative_to(REPO).as_posix()}: no program/method for this recording")
    for elapsed, label in sorted(slow, reverse=True):
        print(f"SLOW {label}: {elapsed:.1f} s")
    verb = "checked" if args.check else "recorded"
    print(f"{len(jobs)} runs {verb}: {n_diff} differ, {n_missing} missing, {n_problem} problems")
    sys.exit(1 if (n_diff or n_missing or n_problem) else 0)


if __name__ == "__main__":
    main()
