/**
 * Whole-process CPU time of a command, as users run it: user + system seconds of
 * the process and of every child it waited for, from `wait4` (a small Python helper
 * forks, execs the command and reports its rusage; the helper's own time is not
 * counted). Also the real CPython binary: `python3` may be a version manager's
 * shim that adds ~0.3 s per start, so the binary is resolved once through
 * `sys.executable`.
 */
import { execFileSync } from 'node:child_process';

const HELPER = `
import json, os, sys
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    err = os.environ.pop('FORKSCOPE_BENCH_STDERR', os.devnull)
    os.dup2(os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), 2)
    os.execvp(sys.argv[1], sys.argv[1:])
os.close(w)
chunks = []
while True:
    b = os.read(r, 65536)
    if not b:
        break
    chunks.append(b)
_, status, ru = os.wait4(pid, 0)
print(json.dumps({'cpu': ru.ru_utime + ru.ru_stime, 'maxrssKb': ru.ru_maxrss, 'status': os.waitstatus_to_exitcode(status), 'stdout': b''.join(chunks).decode('utf8', 'replace')}))
`;

let python = undefined;

/** The real CPython binary (not a shim), or null when python3 is missing. */
export function cpythonBinary() {
  if (python === undefined) {
    try {
      python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim() || null;
    } catch {
      python = null;
    }
  }
  return python;
}

/**
 * Runs `cmd` once: { cpu (seconds), maxrssKb (its peak resident memory, or its largest
 * child's), status, stdout }; with `stderr`, the command's stderr goes to that file.
 * Needs python3 (for wait4).
 */
export function cpuOf(cmd, { cwd, timeout = 900_000, stderr } = {}) {
  const py = cpythonBinary();
  if (py === null) throw new Error('whole-process CPU figures need python3 (its os.wait4 measures the child)');
  const env = stderr === undefined ? process.env : { ...process.env, FORKSCOPE_BENCH_STDERR: stderr };
  return JSON.parse(execFileSync(py, ['-c', HELPER, ...cmd], { cwd, env, encoding: 'utf8', timeout, maxBuffer: 1 << 28 }));
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Paired runs: `a` then `b`, `reps` times (so both see the same machine load at about
 * the same moment); the median CPU of each and the outputs of the last run.
 */
export function paired(a, b, reps = 3, opts = {}) {
  const ta = [];
  const tb = [];
  let ra;
  let rb;
  for (let i = 0; i < reps; i++) {
    ra = cpuOf(a, opts);
    rb = cpuOf(b, opts);
    ta.push(ra.cpu);
    tb.push(rb.cpu);
  }
  return { a: median(ta), b: median(tb), outA: ra, outB: rb };
}
