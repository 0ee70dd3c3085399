/**
 * Resources are simulated, so the host never runs out of them: the machine has a
 * process limit (fork and spawn fail with EAGAIN past it, named in the trace and the
 * report), init cannot be signalled, and the file system has the directories a
 * teaching program expects.
 */
import { describe, expect, it } from 'vitest';
import { renderTrace } from '../../src/render/trace.js';
import { endReport } from '../../src/render/report.js';
import type { Sys } from '../../src/scenario/api.js';
import { runPython } from '../../src/scenario/python.js';
import { view } from '../../src/scenario/simulate.js';
import { makeScenario } from '../../src/scenario/load.js';
import { tsLoader } from '../../src/scenario/loaders.js';
import { lines, run } from '../helpers.js';

describe('the process limit (--param maxProcs)', () => {
  it('fork returns -1 in a TS program once the machine is full; the trace names the limit', () => {
    const k = run(
      function* (k: Sys) {
        const pids: number[] = [];
        for (let i = 0; i < 4; i++) {
          const pid = yield* k.fork();
          if (pid === 0) {
            yield* k.sleep('1s');
            return 0;
          }
          pids.push(pid);
        }
        yield* k.print(pids.join(' '));
        for (const p of pids) if (p > 0) yield* k.wait(p);
      },
      { params: { maxProcs: 5 } },
    );
    // init, sh and the main program leave room for two children.
    expect(lines(k)).toEqual(['1002 1003 -1 -1']);
    const trace = renderTrace(k.trace);
    expect(trace).toMatch(/1001  limit     fork failed with EAGAIN: the process limit \(5, --param maxProcs\) is reached/);
    expect(k.state.limitHits).toBe(2);
    expect(k.state.end).toEqual({ kind: 'done', status: 0 });
  });

  it('a reaped process frees its slot; a zombie does not', () => {
    const k = run(
      function* (k: Sys) {
        const a = yield* k.fork();
        if (a === 0) return 0;
        yield* k.sleep('10ms'); // a is a zombie now
        yield* k.print(`while a zombie: ${yield* k.fork()}`);
        yield* k.wait(a);
        const b = yield* k.fork();
        if (b === 0) return 0;
        yield* k.print(`after reaping: ${b > 0}`);
        yield* k.wait(b);
      },
      { params: { maxProcs: 4 } },
    );
    expect(lines(k)).toEqual(['while a zombie: -1', 'after reaping: true']);
  });

  it('a Python fork bomb ends as the guest error BlockingIOError, reported with the limit', () => {
    const r = runPython('import os\nwhile True:\n    os.fork()\n', { maxTime: 200_000_000, params: { maxProcs: 64 } });
    expect(r.stderr).toContain('Traceback (most recent call last):\n  File "/home/user/prog.py", line 3, in <module>\n    os.fork()\nBlockingIOError: [Errno 11] Resource temporarily unavailable\n');
    expect(r.status).toBe(124);
    expect(r.kernel.state.limitHits).toBeGreaterThan(0);
    expect(r.kernel.state.live).toBeLessThanOrEqual(64);
  });

  it('multiprocessing under fork and spawn, and subprocess, raise BlockingIOError too', () => {
    const prog = (method: string): string => `import multiprocessing, subprocess, time
def f():
    time.sleep(1)
if __name__ == '__main__':
    multiprocessing.set_start_method('${method}')
    ps = []
    try:
        for i in range(10):
            p = multiprocessing.Process(target=f)
            p.start()
            ps.append(p)
    except BlockingIOError as e:
        print('started', len(ps), 'then', type(e).__name__, e.errno, e.strerror)
    try:
        subprocess.run(['echo', 'hi'])
    except BlockingIOError as e:
        print('subprocess:', e)
    for p in ps:
        p.join()
`;
    for (const method of ['fork', 'spawn']) {
      expect(runPython(prog(method), { params: { maxProcs: 6 } }).stdout, method).toBe('started 3 then BlockingIOError 11 Resource temporarily unavailable\nsubprocess: [Errno 11] Resource temporarily unavailable\n');
    }
  });

  it('the report says which limit was hit, also when the program handled it', () => {
    const scenario = makeScenario({
      id: 'limit',
      file: 'limit.ts',
      lang: 'ts',
      title: 'limit',
      about: '',
      options: { params: { maxProcs: 3 } },
      variants: {},
      stdin: '',
      files: {},
      main: { kind: 'ts', label: 'limit', data: JSON.stringify({ export: 'default', args: [] }) },
      source: '',
      frontends: {
        ts: tsLoader({
          default: function* (k: Sys) {
            yield* k.print(`fork: ${yield* k.fork()}`);
          },
        }),
      },
    });
    const k = run(function* (k: Sys) {
      yield* k.print(`fork: ${yield* k.fork()}`);
    }, { params: { maxProcs: 3 } });
    expect(lines(k)).toEqual(['fork: -1']);
    expect(endReport(view(scenario, k, {}))).toBe(
      'forkscope: the process limit was reached: fork/spawn failed with EAGAIN 1 time (3 processes; --param maxProcs=N changes it)\n  replay: forkscope run limit --seed 1 --param maxProcs=3\n',
    );
  });
});

describe('signals to init', () => {
  it('os.kill(1, 9) is PermissionError [Errno 1], as Linux answers an unprivileged process', () => {
    const r = runPython('import os\ntry:\n    os.kill(1, 9)\nexcept PermissionError as e:\n    print(type(e).__name__, e.errno, e)\n');
    expect(r.stdout).toBe('PermissionError 1 [Errno 1] Operation not permitted\n');
  });

  it('a TS program gets false from kill(1)', () => {
    const k = run(function* (k: Sys) {
      yield* k.print(`kill init: ${yield* k.kill(1, 9)}`);
    });
    expect(lines(k)).toEqual(['kill init: false']);
  });
});

describe('the file system', () => {
  it('has a home directory (the cwd), /tmp and /var/tmp', () => {
    const r = runPython(`import os
print(os.getcwd(), os.path.expanduser('~'))
for d in ['/tmp', '/var/tmp', '/home/user']:
    print(d, os.path.isdir(d))
with open('/tmp/scratch.txt', 'w') as f:
    f.write('x')
print(os.listdir('/tmp'))
`);
    expect(r.stdout).toBe("/home/user /home/user\n/tmp True\n/var/tmp True\n/home/user True\n['scratch.txt']\n");
  });
});
