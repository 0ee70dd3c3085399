import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { parseRunJson } from '../../src/render/json.js';

async function cli(...argv: string[]) {
  const io = bufferIo();
  const status = await main(argv, io);
  return { status, out: io.out, err: io.err };
}

describe('forkscope run', () => {
  it("prints the programs' output and exits with the main program's status", async () => {
    const r = await cli('run', 'kernel/fork-tree');
    expect(r.status).toBe(0);
    expect(r.out).toContain('a (pid 1001) starts');
    expect(r.out).toContain('its parent is now 1');
    expect(r.err).toBe('');
  });

  it('ends a deadlock with a report on stderr and status 124', async () => {
    const r = await cli('run', 'kernel/deadlock');
    expect(r.status).toBe(124);
    expect(r.err).toMatch(/^forkscope: deadlock at t=/m);
    expect(r.err).toContain("blocked in acquire on Lock 'A'");
    expect(r.err).toContain('replay: forkscope run kernel/deadlock');
  });

  it('ends a run that exceeds --max-time with a budget report and status 124', async () => {
    const r = await cli('run', 'kernel/process-run', '--max-time', '10ms');
    expect(r.status).toBe(124);
    expect(r.err).toContain('time budget exhausted at t=0.010000s (--max-time 10ms)');
  });

  it("passes the words after the file to the program: a Python program's sys.argv (a spawn child's too), in the replay command after --", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-args-'));
    const file = join(dir, 'args.py');
    writeFileSync(file, "import sys, time\nfrom multiprocessing import Process\ndef show():\n    print('child', sys.argv[1:])\nif __name__ == '__main__':\n    print(sys.argv[1:])\n    p = Process(target=show)\n    p.start()\n    p.join()\n    time.sleep(100)\n");
    const r = await cli('run', file, '3', '--platform', 'windows', '--max-time', '300ms', '--', '-n', 'a b');
    expect(r.out).toBe("['3', '-n', 'a b']\nchild ['3', '-n', 'a b']\n");
    expect(r.err).toContain("--platform windows -- 3 -n 'a b'");
    const plain = await cli('run', file, '--max-time', '300ms');
    expect(plain.out).toBe('[]\nchild []\n');
  });

  it("passes the words after the file to a TypeScript scenario's main as its arguments", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-args-'));
    const file = join(dir, 'args.ts');
    writeFileSync(file, "export default function* main(k: any, ...args: string[]) { yield* k.print(`${args.length}: ${args.join('|')}`); }\n");
    const r = await cli('run', file, 'x', '--', '--y');
    expect(r.out).toBe('2: x|--y\n');
    expect(r.status).toBe(0);
  });

  it('replays a schedule exactly', async () => {
    const a = await cli('run', 'kernel/lost-update-2', '--seed', '9', '--format', 'json');
    const schedule = parseRunJson(a.out).footer.schedule;
    const b = await cli('run', 'kernel/lost-update-2', '--seed', '1', '--schedule', schedule, '--format', 'json');
    expect(parseRunJson(b.out).events).toEqual(parseRunJson(a.out).events);
    expect(b.err).toBe('');
  });

  it('replays a free-mode schedule in free mode, marking where it overrode time', async () => {
    // The cost model always prints 3; under this schedule every child reads 0 before any writes.
    const plain = await cli('run', 'kernel/lost-update-3x1');
    expect(plain.out).toBe('counter = 3\n');
    const lost = await cli('run', 'kernel/lost-update-3x1', '--schedule', 'free:011021100100');
    expect(lost.out).toBe('counter = 1\n');
    const free = await cli('run', 'kernel/lost-update-3x1', '--schedule', 'free:011021100100', '--format', 'trace');
    expect(free.status).toBe(0);
    expect(free.out).toMatch(/reorder +the schedule runs this before pid 100\d's event, which was due/);
    const json = parseRunJson((await cli('run', 'kernel/lost-update-3x1', '--schedule', 'free:011021100100', '--format', 'json')).out);
    expect(json.header.settings.mode).toBe('free');
    expect(json.footer.schedule.startsWith('free:011021100100')).toBe(true);
    const bad = await cli('run', 'kernel/lost-update-3x1', '--schedule', 'free:0#');
    expect(bad.status).toBe(2);
    expect(bad.err).toBe("forkscope: --schedule: bad schedule string at character 7: unexpected '#'\n");
  });

  it('renders every format', async () => {
    const trace = await cli('run', 'kernel/fork-tree', '--format', 'trace');
    expect(trace.out.split('\n')[0]).toMatch(/time\(s\)\s+cpu\s+pid\s+event\s+reason/);
    expect(trace.out).toMatch(/cpu\d\s+1002\s+exit\s+→ zombie: exit\(3\)/);
    const timeline = await cli('run', 'kernel/fork-tree', '--format', 'timeline');
    expect(timeline.out).toMatch(/^cpu0\s+\|[A-Z.]+\|$/m);
    expect(timeline.out).toMatch(/^A 1001 fork-tree\s+\|[#._:z ]+\|$/m);
    const tree = await cli('run', 'kernel/fork-tree', '--format', 'tree');
    expect(tree.out).toContain('1004 fork-tree  (exit 0; orphan of 1002, adopted by 1)');
    const metrics = await cli('run', 'kernel/fork-tree', '--format', 'metrics');
    expect(metrics.out).toContain('# turnaround = completion - arrival');
    const json = parseRunJson((await cli('run', 'kernel/fork-tree', '--format', 'json')).out);
    expect(json.header.schema).toBe('forkscope.run/3');
    expect(json.footer.processes.map((p) => p.pid)).toEqual([1, 1000, 1001, 1002, 1003, 1004]);
    expect(json.events.filter((e) => e.kind === 'write').map((e) => (e as { text: string }).text).join('')).toContain('a (pid 1001) starts');
    expect(json.events.at(-1)!.kind).toBe('end');
    const perfetto = JSON.parse((await cli('run', 'kernel/fork-tree', '--format', 'perfetto')).out);
    const phases = new Set(perfetto.traceEvents.map((e: { ph: string }) => e.ph));
    expect([...phases].sort()).toEqual(['C', 'M', 'X', 'i']);
    for (const e of perfetto.traceEvents) if (e.ph === 'X') expect(e.dur).toBeGreaterThanOrEqual(0);
  });
});

describe('usage errors', () => {
  const cases: [string[], RegExp][] = [
    [['run', 'kernel/fork-tree', '--cpus', '0'], /--cpus must be an integer from 1 to 30, not '0'/],
    [['run', 'kernel/fork-tree', '--cpus', '31'], /--cpus must be an integer from 1 to 30, not '31'/],
    [['run', 'kernel/fork-tree', '--policy', 'sjf'], /--policy must be one of fifo, rr, priority, mlfq, lottery, cfs, not 'sjf'/],
    [['run', 'kernel/fork-tree', '--quantum', 'soon'], /--quantum must be a positive duration/],
    [['run', 'kernel/fork-tree', '--bogus'], /unknown option '--bogus'/],
    [['run', 'kernel/fork-tree', '--format', 'xml'], /argument 'xml' is invalid/],
    [['run', 'no/such'], /no such scenario: no\/such/],
    [['run', 'kernel/fork-tree', '--schedule', '0#'], /bad schedule string at character 2/],
    [['run', 'kernel/fork-tree', '--param', 'warp=1'], /unknown parameter 'warp'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ];
  for (const [argv, message] of cases) {
    it(argv.slice(1).join(' ') || argv[0]!, async () => {
      const r = await cli(...argv);
      expect(r.status).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/^forkscope: /);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    });
  }

  it('a TypeScript scenario that does not compile is one line with file:line:col', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-'));
    const file = join(dir, 'broken.ts');
    writeFileSync(file, 'export default function* main() {\n  yield 1 +;\n}\n');
    const r = await cli('run', file);
    expect(r.status).toBe(1);
    expect(r.err.trim()).toMatch(new RegExp(`^forkscope: ${file.replace(/[.]/g, '\\.')}:2:\\d+: `));
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('help and list', () => {
  it('run --help documents formats, policies with their tie-breaks, and exit statuses', async () => {
    const r = await cli('run', '--help');
    expect(r.status).toBe(0);
    for (const text of ['--schedule <STR>', '--max-time <DUR>', 'perfetto', 'lottery', 'Ties: arrival order', 'Exit status']) expect(r.out).toContain(text);
  });

  it('list shows every scenario with its title', async () => {
    const r = await cli('list');
    expect(r.out).toMatch(/^kernel\/deadlock\.ts\s+deadlock: two locks taken in opposite orders$/m);
  });
});

describe('forkscope compare', () => {
  it('shows two platforms side by side and the first difference, with pids numbered by creation order', async () => {
    const r = await cli('compare', 'kernel/fork-tree', '--platforms', 'linux,windows');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^== linux\s+│ == windows$/m);
    expect(r.out).toContain('First difference at output line 7');
    expect(r.out).toContain('linux: d (pid <p3>) was orphaned: its parent is now 1');
    expect(r.out).toContain('windows: d (pid <p3>) was orphaned: its parent is now <p1>');
  });

  it('rejects a bad platform list', async () => {
    const r = await cli('compare', 'kernel/fork-tree', '--platforms', 'linux');
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/--platforms takes two of linux, windows, macos/);
  });
});

describe('Python scenarios at the command line', () => {
  const py = (name: string, text: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'forkscope-'));
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('run a program and exit with its status', async () => {
    const r = await cli('run', py('hello.py', "import sys\nprint('hi')\nsys.exit(3)\n"));
    expect(r.out).toBe('hi\n');
    expect(r.status).toBe(3);
  });

  it('report syntax errors and unsupported constructs before running, as file:line:col', async () => {
    const bad = py('bad.py', 'x = (\n');
    const r = await cli('run', bad);
    expect(r.status).toBe(1);
    expect(r.err).toBe(`forkscope: ${bad}:1:5: SyntaxError: '(' was never closed\n`);
    const match = py('m.py', 'match x:\n    case 1: pass\n');
    expect((await cli('run', match)).err).toBe(`forkscope: ${match}:1:1: unsupported: match statement\n`);
  });

  it('read a source file as CPython does: its BOM, its declared encoding, its line ends', async () => {
    const bytes = (name: string, data: number[] | string): string => {
      const file = py(name, '');
      writeFileSync(file, typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data));
      return file;
    };
    expect((await cli('run', bytes('bom.py', '\xef\xbb\xbfprint("bom")\r\n'))).out).toBe('bom\n');
    expect((await cli('run', bytes('l1.py', '# -*- coding: latin-1 -*-\nprint(ascii("caf\xe9"))\n'))).out).toBe("'caf\\xe9'\n");
    // Undeclared, the file must be UTF-8: CPython's message names the byte, the file and the line.
    const latin = bytes('latin.py', 'x = 1\nprint("caf\xe9")\n');
    const r = await cli('run', latin);
    expect(r.status).toBe(1);
    expect(r.err).toBe(
      `forkscope: ${latin}:2:11: SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${latin} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    );
    const tabs = bytes('tabs.py', 'if 1:\n        a = 1\n\tb = 2\n');
    expect((await cli('run', tabs)).err).toBe(`forkscope: ${tabs}:3:2: TabError: inconsistent use of tabs and spaces in indentation\n`);
  });

  it('disasm shows the bytecode with line numbers', async () => {
    const r = await cli('disasm', py('d.py', 'x = 1\nprint(x)\n'));
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^\s+1\s+0 LOAD_CONST/m);
    expect(r.out).toMatch(/^\s+2\s+\d+ LOAD_GLOBAL\s+\d+ \(print\)/m);
  });
});
