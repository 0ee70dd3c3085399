/** The loader: images of kind 'python' (main file, argv, module name), and failures at start. */
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/kernel/kernel.js';
import { composeLoader } from '../../../src/kernel/program.js';
import { pythonLoader } from '../../../src/python/index.js';

function boot(sources: Record<string, string>, data: object): { stdout: string; stderr: string; status: number } {
  const k = new Kernel({
    loader: composeLoader({ python: pythonLoader(sources) }),
    main: { kind: 'python', label: 'main', data: JSON.stringify(data) },
    history: false,
    tracing: false,
  });
  const end = k.run();
  const text = (fd: number): string => k.output.filter((w) => w.fd === fd).map((w) => w.text).join('');
  return { stdout: text(1), stderr: text(2), status: end.status };
}

const PROG = `
import sys
print(__name__, sys.argv)
if __name__ == '__main__':
    print('guarded code runs')
`;

describe('pythonLoader', () => {
  it("runs the main file as '__main__' with its argv", () => {
    expect(boot({ 'app/prog.py': PROG }, { main: 'app/prog.py', argv: ['prog.py', '-v'] }).stdout).toBe("__main__ ['prog.py', '-v']\nguarded code runs\n");
  });

  it("runs it as '__mp_main__' for a spawned child: the guard is false", () => {
    expect(boot({ 'prog.py': PROG }, { main: 'prog.py', name: '__mp_main__' }).stdout).toBe("__mp_main__ ['prog.py']\n");
  });

  it('imports sibling modules from the sources', () => {
    const r = boot({ 'prog.py': 'import helper\nfrom helper import twice\nprint(helper.NAME, twice(4))\n', 'helper.py': 'NAME = __name__\ndef twice(x):\n    return 2 * x\n' }, { main: 'prog.py' });
    expect(r.stdout).toBe('helper 8\n');
  });

  it('a compile error is printed CPython-style and the process exits 1', () => {
    const r = boot({ 'prog.py': 'x = (1,\n' }, { main: 'prog.py' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ {2}File "\/home\/user\/prog\.py", line 1\n[\s\S]*SyntaxError: '\(' was never closed\n$/);
  });

  it('a missing main file exits 2', () => {
    const r = boot({}, { main: 'nope.py' });
    expect([r.status, r.stderr]).toEqual([2, "python3: can't open file 'nope.py': [Errno 2] No such file or directory\n"]);
  });
});
